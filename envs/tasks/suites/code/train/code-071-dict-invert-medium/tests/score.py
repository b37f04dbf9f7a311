"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'group_invert'
CASES = [(({},), {}), (({'frost': 3, 'cloud': 2, 'maple': 1, 'olive': 2, 'ember': 3, 'saddle': 2},), {3: ['frost', 'ember'], 2: ['cloud', 'olive', 'saddle'], 1: ['maple']}), (({'cloud': 1, 'harbor': 2, 'tiger': 3, 'brick': 2, 'willow': 1, 'pearl': 2, 'delta': 2, 'lemon': 1, 'walnut': 2},), {1: ['cloud', 'willow', 'lemon'], 2: ['harbor', 'brick', 'pearl', 'delta', 'walnut'], 3: ['tiger']}), (({'cloud': 2, 'falcon': 1},), {2: ['cloud'], 1: ['falcon']}), (({'orchid': 2, 'brick': 3, 'maple': 3},), {2: ['orchid'], 3: ['brick', 'maple']}), (({'velvet': 3, 'quartz': 3, 'harbor': 2, 'lotus': 3},), {3: ['velvet', 'quartz', 'lotus'], 2: ['harbor']}), (({'nectar': 2, 'garnet': 1, 'apple': 2},), {2: ['nectar', 'apple'], 1: ['garnet']}), (({'lemon': 3, 'frost': 1, 'mango': 1, 'olive': 3, 'cobalt': 3, 'quartz': 1, 'maple': 2},), {3: ['lemon', 'olive', 'cobalt'], 1: ['frost', 'mango', 'quartz'], 2: ['maple']})]
CASE_LIMIT_S = 1

import contextlib
import importlib.util
import io
import signal


class TimeUp(Exception):
    """Raised by SIGALRM: the function ran past its time limit."""


def time_up(signum, frame):
    raise TimeUp()


def load():
    spec = importlib.util.spec_from_file_location("solution", "/workspace/solution.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, NAME)


def passes(function, args, expected):
    signal.alarm(CASE_LIMIT_S)
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            return function(*args) == expected
    except BaseException:
        return False
    finally:
        signal.alarm(0)


def main():
    signal.signal(signal.SIGALRM, time_up)
    signal.alarm(CASE_LIMIT_S)
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            function = load()
    except BaseException:
        print(0)
        return
    finally:
        signal.alarm(0)
    passed = sum(passes(function, args, expected) for args, expected in CASES)
    print(round(passed / len(CASES), 4))


main()

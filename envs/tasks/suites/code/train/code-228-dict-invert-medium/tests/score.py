"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'group_invert'
CASES = [(({},), {}), (({'brick': 3, 'cloud': 3},), {3: ['brick', 'cloud']}), (({'pearl': 1, 'apple': 1},), {1: ['pearl', 'apple']}), (({'quartz': 3, 'walnut': 3, 'mango': 2, 'lemon': 3, 'lotus': 3, 'frost': 1, 'island': 3},), {3: ['quartz', 'walnut', 'lemon', 'lotus', 'island'], 2: ['mango'], 1: ['frost']}), (({'garnet': 3, 'lotus': 1, 'olive': 3, 'harbor': 1, 'apple': 1, 'mango': 2, 'jasper': 2, 'coral': 2, 'cedar': 2},), {3: ['garnet', 'olive'], 1: ['lotus', 'harbor', 'apple'], 2: ['mango', 'jasper', 'coral', 'cedar']}), (({'pepper': 1, 'raven': 3, 'lantern': 3, 'nectar': 1, 'lotus': 1, 'cedar': 3, 'ember': 3, 'harbor': 2},), {1: ['pepper', 'nectar', 'lotus'], 3: ['raven', 'lantern', 'cedar', 'ember'], 2: ['harbor']}), (({'velvet': 2, 'stone': 2, 'coral': 3, 'orchid': 3, 'walnut': 1, 'pearl': 2, 'frost': 2, 'pepper': 2},), {2: ['velvet', 'stone', 'pearl', 'frost', 'pepper'], 3: ['coral', 'orchid'], 1: ['walnut']}), (({'brick': 2, 'cloud': 1, 'olive': 3, 'saddle': 3, 'coral': 2, 'cobalt': 1},), {2: ['brick', 'coral'], 1: ['cloud', 'cobalt'], 3: ['olive', 'saddle']})]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'shared_flip'
CASES = [(({'river': 3, 'lotus': 2},), {}), (({'willow': 1, 'timber': 2, 'ember': 3, 'cloud': 1, 'quartz': 1, 'frost': 1, 'mango': 2, 'lotus': 2},), {1: ['cloud', 'frost', 'quartz', 'willow'], 2: ['lotus', 'mango', 'timber']}), (({'harbor': 2, 'kettle': 3, 'saddle': 1, 'apple': 3, 'delta': 2, 'timber': 2, 'lemon': 2, 'sunny': 3, 'garnet': 3},), {2: ['delta', 'harbor', 'lemon', 'timber'], 3: ['apple', 'garnet', 'kettle', 'sunny']}), (({'garnet': 3, 'coral': 3},), {3: ['coral', 'garnet']}), (({'raven': 1, 'timber': 3, 'frost': 2, 'maple': 2, 'delta': 1, 'nectar': 3},), {1: ['delta', 'raven'], 3: ['nectar', 'timber'], 2: ['frost', 'maple']}), (({'walnut': 1, 'meadow': 1, 'pearl': 3},), {1: ['meadow', 'walnut']}), (({'cobalt': 1, 'stone': 3, 'nectar': 2, 'island': 1, 'raven': 2, 'meadow': 2},), {1: ['cobalt', 'island'], 2: ['meadow', 'nectar', 'raven']}), (({'velvet': 3, 'river': 3, 'garnet': 3, 'harbor': 1, 'pearl': 1, 'amber': 2, 'cobalt': 3, 'coral': 3},), {3: ['cobalt', 'coral', 'garnet', 'river', 'velvet'], 1: ['harbor', 'pearl']})]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'group_invert'
CASES = [(({},), {}), (({'river': 1, 'cedar': 3},), {1: ['river'], 3: ['cedar']}), (({'frost': 3, 'cloud': 1},), {3: ['frost'], 1: ['cloud']}), (({'lotus': 1, 'maple': 2, 'cedar': 3, 'raven': 3, 'island': 3, 'sunny': 3, 'river': 3, 'nectar': 1},), {1: ['lotus', 'nectar'], 2: ['maple'], 3: ['cedar', 'raven', 'island', 'sunny', 'river']}), (({'mango': 1, 'river': 3, 'delta': 2},), {1: ['mango'], 3: ['river'], 2: ['delta']}), (({'willow': 3, 'cloud': 1, 'garnet': 3},), {3: ['willow', 'garnet'], 1: ['cloud']}), (({'amber': 2, 'lemon': 1, 'saddle': 3, 'raven': 1, 'sunny': 2, 'stone': 3, 'walnut': 1, 'meadow': 3, 'olive': 2},), {2: ['amber', 'sunny', 'olive'], 1: ['lemon', 'raven', 'walnut'], 3: ['saddle', 'stone', 'meadow']}), (({'maple': 1, 'stone': 3},), {1: ['maple'], 3: ['stone']})]
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

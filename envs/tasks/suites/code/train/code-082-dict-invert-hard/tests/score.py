"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'shared_invert'
CASES = [(({'pepper': 2, 'ember': 1},), {}), (({'amber': 2, 'mango': 2},), {2: ['amber', 'mango']}), (({'raven': 2, 'apple': 2, 'pepper': 1, 'pearl': 3, 'jasper': 2, 'garnet': 2, 'lantern': 2},), {2: ['apple', 'garnet', 'jasper', 'lantern', 'raven']}), (({'maple': 3, 'delta': 2, 'cobalt': 3, 'apple': 3, 'meadow': 1, 'lantern': 1, 'raven': 1, 'pearl': 2, 'ember': 3},), {3: ['apple', 'cobalt', 'ember', 'maple'], 2: ['delta', 'pearl'], 1: ['lantern', 'meadow', 'raven']}), (({'maple': 3, 'brick': 2, 'tiger': 3, 'cloud': 2, 'walnut': 2},), {3: ['maple', 'tiger'], 2: ['brick', 'cloud', 'walnut']}), (({'saddle': 1, 'stone': 1, 'cobalt': 3, 'kettle': 1, 'tiger': 3, 'ember': 3, 'garnet': 3, 'pepper': 1, 'quartz': 3},), {1: ['kettle', 'pepper', 'saddle', 'stone'], 3: ['cobalt', 'ember', 'garnet', 'quartz', 'tiger']}), (({'cedar': 1, 'sunny': 2, 'quartz': 2, 'orchid': 1, 'maple': 3, 'brick': 1},), {1: ['brick', 'cedar', 'orchid'], 2: ['quartz', 'sunny']}), (({'coral': 1, 'lotus': 1, 'mango': 3, 'cedar': 2, 'nectar': 3, 'lemon': 1, 'falcon': 2, 'kettle': 1, 'lantern': 2},), {1: ['coral', 'kettle', 'lemon', 'lotus'], 3: ['mango', 'nectar'], 2: ['cedar', 'falcon', 'lantern']})]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'shared_reverse_lookup'
CASES = [(({'cobalt': 1, 'maple': 1},), {}), (({'lantern': 2, 'falcon': 2, 'raven': 2, 'apple': 1, 'pepper': 3, 'pearl': 2, 'jasper': 2, 'lemon': 2, 'delta': 1},), {2: ['falcon', 'jasper', 'lantern', 'lemon', 'pearl', 'raven']}), (({'jasper': 2, 'cloud': 3, 'sunny': 3, 'cedar': 3},), {3: ['cedar', 'cloud', 'sunny']}), (({'raven': 2, 'pepper': 2, 'coral': 2, 'quartz': 2, 'stone': 1, 'kettle': 1, 'saddle': 1, 'apple': 2, 'maple': 3},), {2: ['apple', 'coral', 'pepper', 'quartz', 'raven'], 1: ['kettle', 'saddle', 'stone']}), (({'tiger': 3, 'ember': 1, 'garnet': 3, 'cedar': 3, 'kettle': 3, 'olive': 1, 'walnut': 3, 'meadow': 2},), {3: ['cedar', 'garnet', 'kettle', 'tiger', 'walnut']}), (({'cloud': 2, 'willow': 3, 'quartz': 3, 'cobalt': 1, 'apple': 3, 'delta': 2, 'olive': 2},), {2: ['cloud', 'delta', 'olive'], 3: ['apple', 'quartz', 'willow']}), (({'amber': 1, 'ember': 2, 'river': 3, 'velvet': 3, 'harbor': 3, 'cloud': 1, 'saddle': 3, 'olive': 2},), {3: ['harbor', 'river', 'saddle', 'velvet']}), (({'pepper': 3, 'river': 1},), {})]
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

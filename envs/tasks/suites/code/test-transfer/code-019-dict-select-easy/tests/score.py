"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'above'
CASES = [(({'willow': 10, 'lantern': 8, 'garnet': 6},), {}), (({'lemon': 29, 'delta': 82, 'maple': 71, 'kettle': 11, 'ember': 26, 'harbor': 24, 'pepper': 18, 'sunny': 10},), {'lemon': 29, 'delta': 82, 'maple': 71, 'kettle': 11, 'ember': 26, 'harbor': 24, 'pepper': 18}), (({'stone': 7, 'sunny': 55},), {'sunny': 55}), (({'olive': 8, 'amber': 2, 'lotus': 33, 'saddle': 97},), {'lotus': 33, 'saddle': 97}), (({'cloud': 37, 'olive': 39, 'tiger': 25, 'saddle': 93, 'willow': 85},), {'cloud': 37, 'olive': 39, 'tiger': 25, 'saddle': 93, 'willow': 85}), (({'harbor': 35, 'coral': 77, 'velvet': 80, 'olive': 34, 'cloud': 70},), {'harbor': 35, 'coral': 77, 'velvet': 80, 'olive': 34, 'cloud': 70}), (({'lotus': 31, 'saddle': 44, 'kettle': 46, 'harbor': 55},), {'lotus': 31, 'saddle': 44, 'kettle': 46, 'harbor': 55}), (({'delta': 88, 'river': 82, 'amber': 94, 'tiger': 56, 'walnut': 21},), {'delta': 88, 'river': 82, 'amber': 94, 'tiger': 56, 'walnut': 21})]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'common_merge'
CASES = [(({}, {}), {}), (({'meadow': 77, 'frost': 5}, {'coral': 18, 'jasper': 94, 'orchid': 29, 'frost': 39, 'meadow': 31}), {'meadow': 46, 'frost': -34}), (({'frost': 44}, {'coral': 5, 'frost': 95}), {'frost': -51}), (({'coral': 30, 'maple': 57}, {'saddle': 63, 'amber': 11, 'coral': 97, 'maple': 42}), {'coral': -67, 'maple': 15}), (({'jasper': 20, 'cedar': 34, 'velvet': 17}, {'nectar': 8, 'jasper': 32, 'velvet': 60}), {'jasper': -12, 'velvet': -43}), (({'meadow': 99, 'orchid': 57, 'ember': 68}, {'cloud': 9, 'meadow': 23, 'orchid': 52}), {'meadow': 76, 'orchid': 5}), (({'lantern': 85, 'apple': 63, 'cobalt': 65, 'cloud': 48}, {'river': 59, 'walnut': 45, 'falcon': 33, 'frost': 76, 'cobalt': 63, 'apple': 69}), {'apple': -6, 'cobalt': 2}), (({'mango': 93, 'harbor': 17, 'pepper': 56}, {'timber': 54, 'pepper': 7, 'harbor': 7}), {'harbor': 10, 'pepper': 49})]
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

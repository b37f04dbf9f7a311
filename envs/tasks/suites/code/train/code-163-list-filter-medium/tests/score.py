"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'filter_numbers'
CASES = [(([-15, 49, 5],), []), (([2, -4, -4, 37, 21, -18, -12, 17, 6, -18, 2, 40],), [2, -4, -4, -18, -12, 6, -18, 2, 40]), (([34, 42],), [34, 42]), (([14, 2],), [14, 2]), (([7, 25, 33, 38, -19, 43, -13, 25, 45, 9, 34, 0],), [38, 34, 0]), (([-11, 28, 4, 21, 36, 15],), [28, 4, 36]), (([0, 30, 29],), [0, 30]), (([14, 33, 20, 36],), [14, 20, 36])]
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

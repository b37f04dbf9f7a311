"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'keep'
CASES = [(([-14, 6],), []), (([47, 50, 32, -12],), [50, 32]), (([45, 3, -2, 31, 38, -12, 43, 15],), [38]), (([48, -17, 1, 20],), [48, 20]), (([29, 0, 49, -1, 43, 6, -16, 18],), [18]), (([11, -3, 20, -8, 43],), [20]), (([10, 12, 36, -5],), [36]), (([6, -19, 36, 37, 40, 3, 44, 50, -18, 31, 46],), [36, 40, 44, 50, 46])]
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

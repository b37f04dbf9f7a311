"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'keep'
CASES = [(([2],), []), (([-16],), [-16]), (([-12, 11, 33, 4, 43, 47, -16, 27, 13, 30],), [-12, 4, -16]), (([25, 32, 39, -3, 17, 5, 23, -1, 43],), [32]), (([6, 7, -12, 31, 50, -7, 40, -9, 43, 30, 24],), [-12, 24]), (([36, -14, -9, -2, 27, -15, 8, 1, 43, -1],), [36, 8]), (([35, 32, -5, 6, 44, 3, 2],), [32, 44]), (([3, -4, 9, -17, 9, 47, 37, -16, 6],), [-4, -16])]
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

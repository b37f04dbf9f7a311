"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'keep'
CASES = [(([-18, 12, 31, 12, -5, -13, 1, -20, 34, 37],), []), (([28, 39, 12, 26, 42, 27, 19, 30],), [26, 27, 19]), (([16, -5, 18, -9, -2, -12, 35],), [16, 18]), (([48, 9, 33, 19, 36],), [19]), (([45, 25, 15, -17, 40, -7, 18, 31],), [25, 15, 18]), (([20, 2, 35, 4, 4, 36],), [20]), (([3, -20, 44, -16, 26, 35, 40, 41, 23, 47, -5, 43],), [26, 23]), (([35, -11, -13, 39, -8, 24, 15],), [24, 15])]
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

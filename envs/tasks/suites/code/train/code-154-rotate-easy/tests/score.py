"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'rotate'
CASES = [(([39, 96, 7, 8, 51, 69, 28, 29],), [28, 29, 39, 96, 7, 8, 51, 69]), (([39, 37, 13, 71, 31, 16, 75, 11, 58, 27, 35, 27, 37, 7],), [75, 11, 58, 27, 35, 27, 37, 7, 39, 37, 13, 71, 31, 16]), (([1, 2, 3, 4, 5, 6, 7],), [7, 1, 2, 3, 4, 5, 6]), (([3, 83, 72, 50, 74, 0, 1, 86],), [1, 86, 3, 83, 72, 50, 74, 0]), (([33, 21, 56, 21, 48, 52, 13, 93, 50, 7, 93, 14, 15, 60],), [13, 93, 50, 7, 93, 14, 15, 60, 33, 21, 56, 21, 48, 52]), (([52, 30, 48, 35, 4, 30, 65, 4, 41, 10, 26, 23],), [65, 4, 41, 10, 26, 23, 52, 30, 48, 35, 4, 30]), (([46, 27, 78, 48, 86, 94, 98, 75, 57, 90, 38, 80],), [98, 75, 57, 90, 38, 80, 46, 27, 78, 48, 86, 94]), (([47, 47, 27, 91, 80, 72, 97, 6, 95, 38, 50, 18, 77, 82],), [97, 6, 95, 38, 50, 18, 77, 82, 47, 47, 27, 91, 80, 72])]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'shift_list'
CASES = [(([39, 43, 18, 7, 43, 5, 86, 39],), [18, 7, 43, 5, 86, 39, 39, 43]), (([18, 35, 71, 21, 22, 32, 25, 22, 8],), [71, 21, 22, 32, 25, 22, 8, 18, 35]), (([88, 1, 10, 2, 41],), [10, 2, 41, 88, 1]), (([78, 68, 55],), [55, 78, 68]), (([77, 17, 37, 35, 51, 89, 18, 69],), [37, 35, 51, 89, 18, 69, 77, 17]), (([20, 90, 61, 63, 27, 45],), [61, 63, 27, 45, 20, 90]), (([88, 51, 79, 40, 86],), [79, 40, 86, 88, 51]), (([16, 88, 41, 81],), [41, 81, 16, 88])]
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

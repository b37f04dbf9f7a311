"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'shift_list'
CASES = [(([33, 36, 26, 10, 98, 44, 41, 35, 86, 6, 91],), [41, 35, 86, 6, 91, 33, 36, 26, 10, 98, 44]), (([59, 48, 25, 47, 15, 30, 22, 19, 21, 3, 34],), [22, 19, 21, 3, 34, 59, 48, 25, 47, 15, 30]), (([77, 94, 8, 42, 69, 2, 26, 36, 36],), [26, 36, 36, 77, 94, 8, 42, 69, 2]), (([9, 56, 22, 35, 0, 82, 64, 74],), [64, 74, 9, 56, 22, 35, 0, 82]), (([49, 37, 27, 56, 94, 44, 31, 52, 25, 55, 3, 30, 6],), [31, 52, 25, 55, 3, 30, 6, 49, 37, 27, 56, 94, 44]), (([48, 6, 6, 87, 83, 57, 40],), [40, 48, 6, 6, 87, 83, 57]), (([16, 8, 10, 5, 50, 53, 97, 54, 30, 47, 58, 20, 11],), [97, 54, 30, 47, 58, 20, 11, 16, 8, 10, 5, 50, 53]), (([10, 48, 75, 11, 81, 87, 89, 76, 4, 92, 17, 24, 94],), [89, 76, 4, 92, 17, 24, 94, 10, 48, 75, 11, 81, 87])]
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

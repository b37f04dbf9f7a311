"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'filtered_total'
CASES = [(([49, -2, 36, -7, -16, 29, 32, 4, 14, 30, 29],), 0), (([-18, 21, -10, 27],), -10), (([29, -6, 38, -20, -9, 39, 42],), -20), (([21, 2, 47, 20, 14, 11, 25, 18, 14, 42, 27, -8],), 45), (([20, 50, 44, -20, 17],), 50), (([21, 46, 10, 36, -15, 3, 28, 1, 27],), 10), (([29, 36, 20, 49, 8],), 20), (([31, 44, 28, 49, -17, -12, 6, 18, -10, 6, -15, 35],), 25)]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'keep'
CASES = [(([-13],), []), (([-18, -11, 0, 44, 49, 13, 40, -6, 36, 40, 27, -4],), [13]), (([43, 28, 38, 37, 1, 47, 33, 18, 8, 16, -15],), [18, 16]), (([11, 12, 1, 11, 1, 10, -12, 13, 15, 34, 9, 48],), [11, 12, 11, 10, 13, 15, 9]), (([2, -17, 0, 44, 41, 46, 16, -4, 30, 27, -13],), [16]), (([19, 8, 44, 37, -7, 31, 49, 28, -11, -16, -12, -9],), [19]), (([7, 20, -17, 2, 36, -19, -17, 23],), [20, 23]), (([18, -19, 45, 47, 42],), [18])]
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

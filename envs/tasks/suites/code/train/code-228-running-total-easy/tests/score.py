"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'balances'
CASES = [(([],), []), (([41],), [195]), (([-18, 45, 49, 36, 10, 6, 42, -10],), [136, 181, 230, 266, 276, 282, 324, 314]), (([34],), [188]), (([6, 42],), [160, 202]), (([25, 48, -18, -2],), [179, 227, 209, 207]), (([45, -12, -9, 35, 30, 8, 18],), [199, 187, 178, 213, 243, 251, 269]), (([0, -5, 27, 43, 34, 35, 24, -14],), [154, 149, 176, 219, 253, 288, 312, 298])]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'partial_sum'
CASES = [(([27],), 0), (([-14, 17, 42],), -14), (([-18, -9, 30, -20, 44, 38, 39, 8, -15, 47, 16],), -54), (([13, 46, 18, 19, -3],), 10), (([8, 27, -4, 24, 30, 25],), 4), (([-4, 36, 20, -1, 19, 46, 11, -18, 11, 8],), 7), (([-1, 27, 42, 2, 6, 8],), 15), (([33, 14, 37, 7, 3, 39, 15, -12, 44, -15, 42],), -17)]
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

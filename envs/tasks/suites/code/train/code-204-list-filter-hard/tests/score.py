"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'keep'
CASES = [(([33],), []), (([21, 45, 4, 0, 37, -12, 48],), [4, -12, 48]), (([10, 38, 37, -15, 15, 45, 24, 31],), [38, 24]), (([-6, 36, -16, 12, -6, -19, 25, -17, 35],), [-6, 36, -16, 12, -6]), (([14, 38, -12, -9, 17],), [14, 38, -12]), (([32, 47, -17, -11, 9, 17, 42, 36, 32, 33, 2],), [32, 42, 36, 32, 2]), (([25, 16, -20, 42, 12, 41, -3, -2, -12, 16],), [16, 42, 12, -2, -12, 16]), (([48, 7, 45, 50],), [48])]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'keep'
CASES = [(([42],), []), (([8, 48, 7, 45, 50, 25, 16],), [7]), (([-6, 36, -16, 12, -6, -19, 25, -17, 35],), [35]), (([21, 45, 4, 0, 37, -12, 48],), [21]), (([21, 47, 8, 45, 31, 14, -16, -20, 41, 35],), [21, 35]), (([41, -3, -2, -12, 16],), []), (([16, 11, -11, -2, 48, 8, 22, 17, -13, 7, 42, 36],), [7]), (([32, 47, -17, -11, 9, 17, 42, 36, 32, 33, 2],), [])]
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

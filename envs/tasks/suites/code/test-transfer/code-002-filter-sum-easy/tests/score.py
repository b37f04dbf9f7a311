"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'partial_sum'
CASES = [(([],), 0), (([16, -10, -15, 28, 4, 49, 18, -20, -15, -16, 28, 13],), 156), (([26, -2, -6, 4, -14, 6, 41, 29, 15],), 121), (([47, -13, 48, -13, -5, -14, 28, 43, 33],), 199), (([-8, 4, -6, 9, 12, 50, -12, 3],), 78), (([-5, 49, 50, -19, 32],), 131), (([-2, -17, 34, 10],), 44), (([43, -7, 17, -14, 6, -6, -9, 12, 32, 20],), 130)]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'count_some'
CASES = [(([],), 0), (([-8, 37, 10, 31, 18, 6, -7, 10, 0, 42, -5],), 7), (([40, 39, -2, -15, 13, 6, 28, -12],), 5), (([10, 20, 50, 46, -16, 49, 37, 8, 5, 32, 20, 10],), 11), (([29, 30, 9],), 3), (([8, -12, 25, 35, 43, 33, 47, 9, 33],), 8), (([9, -12, -6, -4, 37, -13],), 2), (([3, 38, 0, 35, 17, 18],), 5)]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'transform_some'
CASES = [(([34],), []), (([37, 26, 14, 50, 50, -5, 25],), [2500, 2500, 625]), (([-11, 46, 30, 38, 17, -7, 20, -17],), [900, 400]), (([-19, 29, 46, 47, 45, 44],), [2025]), (([9, 6, 13, 1, 41, 15, -18, 42],), [225]), (([44, 29, -13, 22, 10, 23, -10],), [100]), (([37, -8, 40, -3, -7, 18, -18, -20, 15, -13],), [1600, 225]), (([0, 7, -16, -3, 35],), [1225])]
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

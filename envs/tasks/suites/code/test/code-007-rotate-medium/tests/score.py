"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'cycle'
CASES = [(([26, 69, 23, 10, 15, 31, 28, 31, 88, 32],), [31, 28, 31, 88, 32, 26, 69, 23, 10, 15]), (([27, 2, 95, 52, 23, 12, 28, 5, 0],), [23, 12, 28, 5, 0, 27, 2, 95, 52]), (([1, 2, 3, 4, 5, 6, 7],), [3, 4, 5, 6, 7, 1, 2]), (([53, 72, 15, 97, 60, 21],), [72, 15, 97, 60, 21, 53]), (([61, 68, 59, 21, 90, 56, 24, 21, 66],), [90, 56, 24, 21, 66, 61, 68, 59, 21]), (([8, 5, 69, 62, 35, 82, 99, 58, 83, 39, 84, 22, 14],), [83, 39, 84, 22, 14, 8, 5, 69, 62, 35, 82, 99, 58]), (([99, 14, 80, 55, 69, 51, 98, 53],), [55, 69, 51, 98, 53, 99, 14, 80]), (([59, 71, 85, 48, 2, 4, 57, 65, 80, 25],), [4, 57, 65, 80, 25, 59, 71, 85, 48, 2])]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'turn'
CASES = [(([5, 38, 2, 46],), [2, 46, 5, 38]), (([8, 30, 44, 75, 89, 61, 79, 66, 43, 20],), [44, 75, 89, 61, 79, 66, 43, 20, 8, 30]), (([82, 60, 6, 1, 43],), [6, 1, 43, 82, 60]), (([19, 51, 1, 72, 79, 44],), [1, 72, 79, 44, 19, 51]), (([63, 3, 54, 48],), [54, 48, 63, 3]), (([23, 41, 49],), [49, 23, 41]), (([29, 39, 86, 88, 79, 11, 50, 45],), [86, 88, 79, 11, 50, 45, 29, 39]), (([54, 15, 78, 33, 46, 59, 4, 74, 62, 11],), [78, 33, 46, 59, 4, 74, 62, 11, 54, 15])]
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

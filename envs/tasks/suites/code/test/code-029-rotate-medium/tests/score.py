"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'rotate'
CASES = [(([16, 2, 44],), [44, 16, 2]), (([88, 41, 73, 98, 57, 81, 34, 10, 58],), [58, 88, 41, 73, 98, 57, 81, 34, 10]), (([97, 84, 59, 92, 48],), [48, 97, 84, 59, 92]), (([90, 67, 59, 78, 63, 44, 97, 1, 85],), [85, 90, 67, 59, 78, 63, 44, 97, 1]), (([57, 68, 4],), [4, 57, 68]), (([99, 0, 49, 11, 67],), [67, 99, 0, 49, 11]), (([26, 41, 19, 46, 88, 26, 16, 74],), [74, 26, 41, 19, 46, 88, 26, 16]), (([63, 40, 54, 41, 86, 90],), [90, 63, 40, 54, 41, 86])]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'running_min'
CASES = [(([],), []), (([13, 21, 44, 26, 5, 15],), [13, 13, 13, 13, 5, 5]), (([4, -8, 12, 17, 22],), [4, -8, -8, -8, -8]), (([-12, 33, 42],), [-12, -12, -12]), (([7, 15],), [7, 7]), (([13, 34, 6, -16, -4, -20, -20, 19, 18, 14],), [13, 13, 6, -16, -16, -20, -20, -20, -20, -20]), (([50, 24, 7, -12],), [50, 24, 7, -12]), (([4, 10, -11, 43, -12, 17, 35],), [4, 4, -11, -11, -12, -12, -12])]
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

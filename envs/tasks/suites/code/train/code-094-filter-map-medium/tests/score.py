"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'select_and_change'
CASES = [(([15, 24, 37, 33, 37, 12, -10, 23, -1, 22],), []), (([11, 24, 19, -1, -13, 29, 25, 4],), [26, 19]), (([8, 8, 1, 31, 35, 27, 23],), [23, 23, 16]), (([-19, 44, -17, 43, 35, 25, -12, 9],), [24]), (([3, 1, 25, 26, 25],), [18, 16]), (([5],), [20]), (([11, 29, -12, -13, -15],), [26]), (([10],), [25])]
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

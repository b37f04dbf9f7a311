"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'tank_levels'
CASES = [(([],), []), (([-27, -25],), [0, 0]), (([4, 27, -24, -17, -10, 2, -8, 22, -12, 28],), [20, 47, 23, 6, 0, 2, 0, 22, 10, 38]), (([27, -3, -22, 6],), [43, 40, 18, 24]), (([13, -17, -22, -12],), [29, 12, 0, 0]), (([-23, -7, -11, 11, 12, -19, -25, -18, -29, -25],), [0, 0, 0, 11, 23, 4, 0, 0, 0, 0]), (([9],), [25]), (([20, -13, -20, -21, -23, 7, -6],), [36, 23, 3, 0, 0, 7, 1])]
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

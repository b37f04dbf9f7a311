"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'pick'
CASES = [(([1],), []), (([0, -14, -14, 46, -2, 41, 23, -10],), [0]), (([-9, 15, -9, 39, 19, 5, -9, -12],), [-12]), (([-10, -8],), [-8]), (([44, 31, -4],), [44, -4]), (([-2, 6, 49, 27, 25, 29, -11, -7, 24, 22, 13, -9],), [24]), (([6, -2, -18, 39, 11, 4],), [4]), (([32, 28, -6, -14, -2, 20, 10, 12],), [32, 28, 20, 12])]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'keep'
CASES = [(([32, 34, -1, 11, 43, 16],), []), (([2, 0, 48, 22, 36, 38, 3, 30, 26],), [0, 48, 36, 3, 30]), (([-3, 29],), [-3]), (([40, -7, 29, -14, 17, 18, 50, 1, 2],), [18]), (([16, 24, 9, -12, 50, 34, 32, -6],), [24, 9, -12, -6]), (([-11, 49, 17, 2, -17, 29, 18, 39],), [18, 39]), (([10, 39, 34, 23],), [39]), (([-14, 7, 24, 4, 24, -2, 31, -7, 39, 32],), [24, 24, 39])]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'select'
CASES = [(([11, 47, -4, -1],), []), (([6, 28, 18],), [6, 28, 18]), (([15, 35, 29, 22],), [22]), (([28, 39, 35, -11, 35, 46, -2, 33, 30],), [28, 46, -2, 30]), (([0, -2, 15, 0],), [0, -2, 0]), (([22, 42, 44, 9],), [22, 42, 44]), (([15, 32, 16, 42],), [32, 16, 42]), (([42, 49, 4, 35, 11, 10, -9, -4, 33],), [42, 4, 10])]
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

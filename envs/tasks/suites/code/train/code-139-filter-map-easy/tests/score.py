"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'transform_some'
CASES = [(([],), []), (([39, 2, 4, -2, -11],), [44, 7, 9]), (([39, -17, 21, 44, 43, 16, 6, 13, 19, -4],), [44, 26, 49, 48, 21, 11, 18, 24]), (([23, 6, 33],), [28, 11, 38]), (([37, -15, 39, 19, -3],), [42, 44, 24]), (([-18, 37, 35, 0, -15, 39],), [42, 40, 44]), (([36, -16, 0, 23, -4, 30, 2, 16, 38],), [41, 28, 35, 7, 21, 43]), (([37, 18, 6, 11, -15, 21, -13, 43],), [42, 23, 11, 16, 26, 48])]
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

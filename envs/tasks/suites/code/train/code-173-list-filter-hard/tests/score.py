"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'keep'
CASES = [(([-13, 33, 5, -6, 31, 37, 43, -18, 49, 20, 4],), []), (([22, 23, 23, 36, -15, -20, 1, 30, 15],), [36, 30]), (([26, 46, -10],), [46]), (([44, -13, -20, -7, 11, -12, -1, 35],), [44]), (([-6, 30, -20, -5, 5, 50],), [30, 50]), (([50, 41, -2],), [50]), (([48, 34, 29, 8, -2, 38, 42, -4, -1, -15, 33, -1],), [48, 34, 38, 42]), (([22, 32, -20, 15, -11, 27, -3, 35],), [32])]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'transform_some'
CASES = [(([1, 4, 36, 2],), []), (([-7, -3, 22, 50, 27, 49, 24],), [2500]), (([7, 47, -19, 40, -18, -17, 23, -7, 14, 1],), [1600]), (([11, 48, 11, 45, 50],), [2025, 2500]), (([26, 1, 37, 40, 40, 32, 49, -10, 39, 38],), [1600, 1600]), (([12, 27, 20, -2, 41, 12, 8, 7, 9, 30],), [400, 900]), (([-11, 2, 17, 1, 32, 5, 15, 42, 25],), [25, 225, 625]), (([49, 21, 29, -7, -16],), [])]
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

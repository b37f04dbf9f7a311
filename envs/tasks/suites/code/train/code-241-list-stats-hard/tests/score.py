"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'score'
CASES = [(([41, 14, 37, -20, -8, 35, -7, 45, 16, 8],), 174), (([-20],), -20), (([10, -12],), -2), (([47, 7, 2, -15, 29, 20, 2, 10, 9],), 115), (([5],), 5), (([14, 30, 6, 26, 17, 35],), 122), (([37, 10, 35, 43],), 125), (([37, 34, 11, -20, 46, 6, 28, 32],), 177)]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'filtered_total'
CASES = [(([],), 0), (([38, 27],), 38), (([23, 30, -5, -12, 16, 8, 10, 3, 24, 26, 50],), 152), (([20, 38],), 58), (([27, 36, 42, 2, 49],), 80), (([1, 4, 1, 27, -15, -15, 43, 1, 2, 19, 45, 45],), 6), (([27, 45, -7, 46, 33, 41, 20, 2, 12, 9, 39, 28],), 108), (([-9, -12, 15, 37, 14],), 2)]
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

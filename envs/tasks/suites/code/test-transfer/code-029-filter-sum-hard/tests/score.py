"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'filtered_total'
CASES = [(([2, 34, -6, 18, 9, -18],), 0), (([-4, 5, 48, 9, -9, -20, 38, -20, 45, 8, 13],), -36), (([18, 33, -10, 25, 44, 37, 37, 39],), 44), (([39, 6, 4, 4, 16, 39],), 24), (([32, 39, 3, 16, 18, 10],), 48), (([9, 42, 9, 47, 17, 8, -20, -16, -2, -5],), -28), (([3, 32, 31, -18, -16, 25],), 16), (([20, 43, 49, 18],), 20)]
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

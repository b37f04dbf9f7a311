"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'sum_selected'
CASES = [(([36, 31, 29],), 0), (([25, -5, 4],), -5), (([28, -2, -4, 5, 26, 15, 27, 15],), -6), (([-17, 18, 23, 43, 50, 44, 13, -4, 2, 23, -8, 9],), -29), (([43, 22, 50, -6, -4, -1, 22, 49, 50, 6, -17, 14],), -28), (([18, 8, 14, -4, 31, 14, 12, -7, -5, 28, 48],), -16), (([-4, 22, -17, 10, 7],), -21), (([14, 44, 34, 2, 45, 3, 2, -8],), -8)]
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

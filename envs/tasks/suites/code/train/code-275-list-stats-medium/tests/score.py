"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'measure'
CASES = [(([4, 19, -15, -1, 20, 14, 34, -4, 40, 2],), -15), (([11, -3, 43, -9],), -9), (([20, 9],), 9), (([45, -6, -3, 12, -5, 15, 22, -17],), -6), (([-14, 25, 5, -19, 14, 0, 1, 47],), -19), (([-18, 47, 26, 22, -2],), -18), (([24, 18, -16, -7, 24, -2, 40],), -16), (([30, 11, 8, 1, -5, 39, 44, 1, -6],), 1)]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'pick'
CASES = [(([13, -4, 38, 2, -18, 44, 5, 6],), []), (([46, 50, 25, 42, 45, 25, 44],), [25, 25]), (([20, -16, 38, -10, -16, 14, 21, 48, 41, 41, 20, 42],), [20, 14, 21, 20]), (([3, -18, -6, 14, -9, 8, 48, -17, -4],), [14]), (([-14, 27, 35, 19, 4, 27, 7, 8, 41, 24, 0],), [27, 35, 19, 27, 24]), (([-8, -9, 38, 45, 15, 18, 14, 6, -4],), [15, 18, 14]), (([41, 46, 37, -5],), [37]), (([32, 45, -7, 43, -14, 31, 45, -17],), [32, 31])]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'pick'
CASES = [(([-4, -2, 17, 13],), []), (([20, -7, -11, 47],), [20]), (([35, 36, 43, -14],), [36]), (([37, 32, 38, 25, 25, 9, 15, -1, -5, 16, 6],), [32, 38, 16]), (([5, 36, -3, 15, 38, 48, 48, 25],), [36, 38, 48, 48]), (([-12, -10, 22, 13, 3, 42, -14, 47, -19, -17, 8],), [22, 42]), (([32, -6, 39, 33, 0, 37, 5, 7, -8, 32],), [32, 32]), (([0, -5, -1, 26, 34],), [26, 34])]
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

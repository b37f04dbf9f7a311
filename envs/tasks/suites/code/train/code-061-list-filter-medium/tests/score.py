"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'keep'
CASES = [(([-6, 38],), []), (([-20, 2, 36, -4, 46, 3, -17, 2],), [-20, 36, -4]), (([7, -10, -2, 19, 25, 48, 39, 4, -19, 37, 47],), [48, 4]), (([-19, 17, 40, 29, -18, 43, 31, 33, 31, 38, 42],), [40]), (([11, 28, 37],), [28]), (([20, 25, 46, 22, -1, 16, 11, 24, 24, 0, -11, -9],), [20, 16, 24, 24, 0]), (([14, 31, -10, 39, 17, 26, -2, -14, 11, -12],), [-12]), (([-2, 24, 17, 22, 32],), [24, 32])]
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

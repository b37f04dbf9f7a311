"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'transform_some'
CASES = [(([],), []), (([-10, 25, -16, 45],), [-30, -48]), (([46, 19, 40, 25, 41, -15, -11, -10, 17, 3],), [-45, -33, -30, 9]), (([4, 6, 7, 22, 43, 20, -13, -1, 31],), [12, 18, 21, -39, -3]), (([5, -8, 18, 15, 48, 26, -14, -5],), [15, -24, -42, -15]), (([-4, 14, 21, -20, -20, -7, 22, 22],), [-12, 42, -60, -60, -21]), (([36, 34, 11, 35, 30, -12, 37, 39, 17, 16],), [33, -36]), (([8, 40, 23, 32, -2, 33, 37, -8],), [24, -6, -24])]
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

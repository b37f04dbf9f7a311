"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'record_lows'
CASES = [(([],), []), (([5, -3, 27, 5],), [5, -3, -3, -3]), (([-10, 44, 21, 39, 32, 24, 20, -3],), [-10, -10, -10, -10, -10, -10, -10, -10]), (([-9, 48, -12, -3, 19, -18, 49, -2, 14, -2],), [-9, -9, -12, -12, -12, -18, -18, -18, -18, -18]), (([-12, 33, 42],), [-12, -12, -12]), (([13, 15, 38, 24, 28],), [13, 13, 13, 13, 13]), (([0, 5, -16, 19, -3],), [0, 0, -16, -16, -16]), (([32, 38, -20, 5, -19],), [32, 32, -20, -20, -20])]
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

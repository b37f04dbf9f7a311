"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'record_lows'
CASES = [(([],), []), (([45, -16, 3, -3, 19, -10, 4, 45, -8],), [45, -16, -16, -16, -16, -16, -16, -16, -16]), (([30, -18],), [30, -18]), (([-3, 36, 14, -16, 46, 47],), [-3, -3, -3, -16, -16, -16]), (([-10, 5, 43, 46, 22, 38, 36],), [-10, -10, -10, -10, -10, -10, -10]), (([48, -13],), [48, -13]), (([34, 1, 12, 47, 17, 31, 44],), [34, 1, 1, 1, 1, 1, 1]), (([0, 35, -9, 35, 11],), [0, 0, -9, -9, -9])]
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

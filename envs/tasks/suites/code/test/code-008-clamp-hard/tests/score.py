"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'fit_range_all'
CASES = [(([],), []), (([-25, 16, 6, 23, 23, -28],), [-2, 16, 6, 23, 23, -2]), (([-23, 72, 31, 20, 37, -21],), [-2, 42, 31, 20, 37, -2]), (([-12, 38, 53, 14, 20, -1],), [-2, 38, 42, 14, 20, -1]), (([34, -21, 17, 52, 44, -17],), [34, -2, 17, 42, 42, -2]), (([4, -31, 66, 61, 59],), [4, -2, 42, 42, 42]), (([64, 23, -31],), [42, 23, -2]), (([45, 69, 20, -15, -22, -7],), [42, 42, 20, -2, -2, -2])]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'fit_range_all'
CASES = [(([],), []), (([-4, 36, 49, 59],), [7, 34, 34, 34]), (([10, 52, 18, 22, 20, 62, -4],), [10, 34, 18, 22, 20, 34, 7]), (([3, -21],), [7, 7]), (([5, 16, 2, 56, 10, 48],), [7, 16, 7, 34, 10, 34]), (([41, -18, -5, 17, 28],), [34, 7, 7, 17, 28]), (([41, 11, 3, -16, 37, -22, -23, 32],), [34, 11, 7, 7, 34, 7, 7, 32]), (([36, 1, 40, 60, 34],), [34, 7, 34, 34, 34])]
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

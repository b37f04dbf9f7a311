"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'tally'
CASES = [(([41, 23, 1, 3],), 0), (([39, 50, 42, 18],), 3), (([-9, 47, 16],), 1), (([-6, 24, 30, 6, 7, -20, 26, 18, 24, 28],), 9), (([-11, 50, 31, 19, 6],), 2), (([-13, 7, 25],), 0), (([40, 21, -18, -9, -8],), 3), (([-5, -8],), 1)]
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

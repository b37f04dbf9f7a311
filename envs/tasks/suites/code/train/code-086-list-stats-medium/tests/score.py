"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'summarize'
CASES = [(([-20, 28, -16, 25, -2, -6, 8, 10, 19, -16],), 8), (([44, -1, -6, 39, -13, 45, 6, 16, 42],), 43), (([19, 35, 30, 17, 8, -16, 37, 19, -9, 2],), 54), (([-7, -9, -15, -2, 15, -12, 47],), -16), (([41, 17, 49, 31, 19, 21, 26],), 58), (([-15, 31, -10],), 16), (([38, 24, -6, -12, 46, 42, 47],), 62), (([2, 50, 32, -7, 50, -18, 19],), 52)]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'summarize'
CASES = [(([-20],), -20), (([26, 31, 23, -9, -16, 45, 10],), 34), (([-10, 16, 22, 15, -7],), 36), (([-6, 36, -16, 41, 4, 32, 28, -2, 10, -14],), -34), (([21, -6, 8],), 23), (([47, 21],), 68), (([12, -12, -7, 19, 22, 15, 41, 0, 25, -8],), -15), (([-3, -5, 23, 32, -1, 7, 37, 50, 16],), 14)]
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

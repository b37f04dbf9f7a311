"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'list_min'
CASES = [(([47, 18, -15, 27, 0],), -15), (([16, 5, 42, 26, 9, 10, 16, 31],), 5), (([33, 9, -18, 29, -17],), -18), (([26, 37, 12, 17, 1, 27, 4],), 1), (([-6, 24, 42, 17],), -6), (([34, -5, 41, 9, -3],), -5), (([-8, 1, 43, 26, -11, 9],), -11), (([-13, 35, 26, 38, 20],), -13)]
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

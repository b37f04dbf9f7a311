"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'tally'
CASES = [(([],), 0), (([28, 48, -6, 46, 50, -17, -14],), 4), (([-20, 28, 35, 14],), 3), (([16, 3, -9],), 2), (([-9, 43, 32, 33, 3, -9, 25, 30, 13],), 7), (([26, 8, 26, 42, 4, 36, -7, -11, 26, 14, 29],), 9), (([20, 38, 26, -17, 7, -6, -19, 15, 36],), 6), (([-16, 50],), 1)]
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

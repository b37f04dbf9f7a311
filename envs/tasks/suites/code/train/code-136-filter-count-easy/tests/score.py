"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'count_some'
CASES = [(([31],), 0), (([37, 13, 35, 18, 20, 18, -10, 15, 24],), 5), (([24, -19, 12, 45, -2, 3, -9, 42, 5, 8, -18, 18],), 7), (([39, 37, 47, 44, 3],), 1), (([-7, 25, -5, 21, -1, 12, 26, 36, -7],), 3), (([28, 1, 31, 0, 8, -8, 45, 41],), 4), (([-16, 19, 35, 26, -7, 49, -11],), 2), (([-8, 38, -6, -8, -6, 50],), 6)]
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

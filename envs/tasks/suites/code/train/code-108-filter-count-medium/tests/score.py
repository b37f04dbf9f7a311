"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'count_matching'
CASES = [(([],), 0), (([44, -9, 29, 40, 47, 48, 6, -6, -4, 20],), 7), (([49, -14, 37, -5, 13, -6, 10],), 3), (([50, 13, 10, 36, -19, -18, 42, -19],), 5), (([-17, 37, 1, 3, 11, 0, 19, 23, 33, 9],), 1), (([24, -16, 17, 49, 44, 50, 10, 44, 44, 3, 42, -2],), 9), (([30, 1, 42],), 2), (([37, 13, -12, 23, 22, 14, 26, -7, 19],), 4)]
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

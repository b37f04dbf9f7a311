"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'how_many'
CASES = [(([49, -9, -20, 0, 5, 35, -10, 4],), 0), (([39, 41, 18, 14, -6, 40, -6, 44, 29, 35, -19, 6],), 4), (([39, 30, 24, 31, 37, 35, 2, -15],), 2), (([16, 34, 11, 30, 21, 29, 45, -2, 50, 13, 11],), 1), (([41, -12, 29, -18, 24, 48, -17, -18, 23, 17, 22],), 5), (([-14, 37, 38, 14, 14, 17],), 0), (([8, -19, -12, 24, 21, -20, -20, 6, -6],), 4), (([-18, 41, 6, 27],), 2)]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'how_many'
CASES = [(([14],), 0), (([0, 49, -10, 4, 49, 4, 39, 18, 25, 48, -11],), 2), (([40, 27, 36, 12, 43],), 1), (([5, -10, -14, -1, 35, 33, 30],), 3), (([-1, 6, -16, 48, 8, 48, 7, -19, 42, 17, 14],), 0), (([-19, 25, 29, 45, -19, 29, -17, -13, 36, -19, 17, -4],), 2), (([41, 13, -9, -10, 48, -3, 13, 3, 41, 42],), 1), (([-11, -8, 37, 1, 32, 21, 13],), 0)]
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

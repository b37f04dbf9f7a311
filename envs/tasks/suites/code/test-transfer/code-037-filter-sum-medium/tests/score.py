"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'partial_sum'
CASES = [(([43, 0, 27],), 0), (([24, 7, 32, -7, 32, -2, 28, -10, 42],), -19), (([39, 9, 15, -14],), -14), (([11, 8, -3, -17, 34, 41, -10, 9, 15, 10, 19],), -30), (([5, 6, -19, -15, 22],), -34), (([-15, 4, 16, 26, 9, -17, 50],), -32), (([-16],), -16), (([-18, -8, 50, 15],), -26)]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'aggregate'
CASES = [(([-5, 26, 30, 41, 45, 27, 42],), 158), (([34, 10],), 44), (([-6, 27, 29, -11, 24, 48, 8, 34],), 138), (([5, 17, -6, 21, 16, 0],), 59), (([47, 34, 33, -17, 24, 32, 17, 16, 14],), 146), (([40, 32, -15, 24, -4],), 92), (([-18, -14],), -32), (([37, 13, 31, 23, 31],), 122)]
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

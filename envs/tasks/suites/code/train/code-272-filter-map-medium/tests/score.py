"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'transform_some'
CASES = [(([45, 44, -19, 35, 36, -17],), []), (([4, -10, 14, -11],), [5, 15]), (([15, -14, 38, -2, -9, 17, -6, 49, 43],), [16, 18]), (([39, 21, -16, 37, 36],), [22]), (([46, 49, -19, 50, 17],), [18]), (([-10, 46, -3, 5, 38, 42],), [6]), (([11, 48, -11, 21, 27, -1, -5, 50, -12, 18],), [12, 22, 19]), (([38, 40, 38, 34, 37, 16, -6, 22, 3],), [17, 4])]
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

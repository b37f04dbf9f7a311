"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'rotate'
CASES = [(([51, 90, 82, 55, 61, 38, 75, 27, 18, 28, 13],), [38, 75, 27, 18, 28, 13, 51, 90, 82, 55, 61]), (([82, 82, 39, 2, 59, 98, 64, 18],), [39, 2, 59, 98, 64, 18, 82, 82]), (([42, 73, 22, 82, 99, 58, 99, 70, 19, 95, 98, 35, 19, 46],), [19, 95, 98, 35, 19, 46, 42, 73, 22, 82, 99, 58, 99, 70]), (([1, 2, 3, 4, 5, 6, 7],), [2, 3, 4, 5, 6, 7, 1]), (([91, 4, 38, 50, 50, 26, 55, 46, 93, 59, 69],), [26, 55, 46, 93, 59, 69, 91, 4, 38, 50, 50]), (([93, 22, 53, 51, 7, 91, 80, 9, 0, 99, 7],), [91, 80, 9, 0, 99, 7, 93, 22, 53, 51, 7]), (([8, 23, 6, 11, 65, 20, 6, 44, 20, 36],), [65, 20, 6, 44, 20, 36, 8, 23, 6, 11]), (([12, 31, 56, 69, 42, 31, 75, 7, 60, 79, 87],), [31, 75, 7, 60, 79, 87, 12, 31, 56, 69, 42])]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'map_selected'
CASES = [(([],), []), (([11, 29, 27, 30, -7, -5, -9, -14, 24, 10],), [121, 841, 729, 900, 576, 100]), (([23, 7, -14, 44, 41, -5, 18, 25],), [529, 49, 1936, 1681, 324, 625]), (([49, 11, 21, -4, 29, 19, -20, 11],), [2401, 121, 441, 841, 361, 121]), (([34, -20],), [1156]), (([-7, 14, -8, 7, 6],), [196, 49, 36]), (([9, 28, 32, 10, -18, 26],), [81, 784, 1024, 100, 676]), (([37, -13, 29, -8, -17],), [1369, 841])]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'rotate'
CASES = [(([54, 15, 94, 76, 12, 50, 79, 54, 51, 71],), [94, 76, 12, 50, 79, 54, 51, 71, 54, 15]), (([87, 87, 27, 6, 2, 76],), [27, 6, 2, 76, 87, 87]), (([57, 23, 55, 20, 0, 31],), [55, 20, 0, 31, 57, 23]), (([67, 64, 0, 56, 86],), [0, 56, 86, 67, 64]), (([17, 22, 0],), [0, 17, 22]), (([80, 36, 85, 53, 92, 28, 33, 41, 42, 34],), [85, 53, 92, 28, 33, 41, 42, 34, 80, 36]), (([34, 86, 98, 12, 46],), [98, 12, 46, 34, 86]), (([46, 77, 7, 71, 84, 26, 29],), [7, 71, 84, 26, 29, 46, 77])]
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

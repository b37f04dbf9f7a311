"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'rotate'
CASES = [(([12, 88, 50, 49, 15, 4, 66, 11, 27, 92],), [4, 66, 11, 27, 92, 12, 88, 50, 49, 15]), (([1, 30, 15, 63, 34, 16, 72, 4, 84, 63, 12],), [16, 72, 4, 84, 63, 12, 1, 30, 15, 63, 34]), (([15, 85, 6, 32, 43, 36, 60, 49, 92, 73, 21, 13],), [36, 60, 49, 92, 73, 21, 13, 15, 85, 6, 32, 43]), (([15, 43, 23, 38, 93, 74, 70, 55, 30, 68, 68],), [74, 70, 55, 30, 68, 68, 15, 43, 23, 38, 93]), (([4, 62, 89, 25, 65, 42, 86, 40, 74, 3, 94, 76],), [42, 86, 40, 74, 3, 94, 76, 4, 62, 89, 25, 65]), (([1, 2, 3, 4, 5, 6, 7, 8],), [6, 7, 8, 1, 2, 3, 4, 5]), (([94, 27, 1, 33, 69, 4, 52],), [4, 52, 94, 27, 1, 33, 69]), (([14, 91, 85, 80, 22, 52, 28, 75, 47, 65, 93],), [52, 28, 75, 47, 65, 93, 14, 91, 85, 80, 22])]
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

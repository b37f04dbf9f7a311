"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'cycle'
CASES = [(([76, 59, 50, 40, 54, 9, 42],), [54, 9, 42, 76, 59, 50, 40]), (([27, 70, 53, 95, 66, 70, 2, 74, 89, 43],), [74, 89, 43, 27, 70, 53, 95, 66, 70, 2]), (([99, 3, 13, 36, 33, 33, 51, 61, 16, 40],), [61, 16, 40, 99, 3, 13, 36, 33, 33, 51]), (([73, 50, 29, 46, 14, 53, 5, 17, 5, 7],), [17, 5, 7, 73, 50, 29, 46, 14, 53, 5]), (([14, 47, 82, 15, 57, 2, 26, 32, 3],), [26, 32, 3, 14, 47, 82, 15, 57, 2]), (([69, 94, 32, 42, 45, 91, 57, 20, 89, 80, 68],), [89, 80, 68, 69, 94, 32, 42, 45, 91, 57, 20]), (([26, 62, 53, 69, 30, 12, 54],), [30, 12, 54, 26, 62, 53, 69]), (([2, 64, 67, 78, 42, 32, 95, 55],), [32, 95, 55, 2, 64, 67, 78, 42])]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'shift_list'
CASES = [(([62, 67, 29],), [67, 29, 62]), (([32, 59, 28, 82, 9, 4, 41, 65, 20],), [65, 20, 32, 59, 28, 82, 9, 4, 41]), (([12, 57, 82],), [57, 82, 12]), (([18, 14, 20, 44, 91, 22],), [91, 22, 18, 14, 20, 44]), (([64, 2, 5, 94, 60, 84, 31, 67, 81, 59],), [81, 59, 64, 2, 5, 94, 60, 84, 31, 67]), (([19, 82, 33, 81, 50],), [81, 50, 19, 82, 33]), (([1, 2, 3, 4],), [3, 4, 1, 2]), (([21, 96, 15, 28, 56],), [28, 56, 21, 96, 15])]
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

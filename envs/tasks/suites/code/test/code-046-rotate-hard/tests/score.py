"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'shift_list'
CASES = [(([],), []), (([81, 50, 60, 96, 22],), [50, 60, 96, 22, 81]), (([2, 5, 94, 60, 84, 31, 67, 81, 59],), [67, 81, 59, 2, 5, 94, 60, 84, 31]), (([1, 2, 3, 4, 5],), [2, 3, 4, 5, 1]), (([22, 52, 32, 59, 28, 82, 9, 4, 41, 65, 20, 59],), [9, 4, 41, 65, 20, 59, 22, 52, 32, 59, 28, 82]), (([21, 96, 15],), [21, 96, 15]), (([58, 42, 50, 61, 74, 71, 68, 29, 18],), [68, 29, 18, 58, 42, 50, 61, 74, 71]), (([16, 59, 54],), [16, 59, 54])]
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

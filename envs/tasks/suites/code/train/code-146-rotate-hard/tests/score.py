"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'turn'
CASES = [(([],), []), (([5, 17, 5, 7, 9, 41, 99],), [9, 41, 99, 5, 17, 5, 7]), (([30, 12, 54, 52, 73, 50, 29, 46, 14],), [73, 50, 29, 46, 14, 30, 12, 54, 52]), (([16, 40, 47, 14, 47, 82, 15, 57],), [47, 82, 15, 57, 16, 40, 47, 14]), (([66, 70, 2, 74, 89, 43, 99, 18, 72, 20, 33, 85],), [89, 43, 99, 18, 72, 20, 33, 85, 66, 70, 2, 74]), (([57, 26, 57, 85, 92, 54],), [92, 54, 57, 26, 57, 85]), (([70],), [70]), (([1, 2, 3, 4, 5],), [5, 1, 2, 3, 4])]
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

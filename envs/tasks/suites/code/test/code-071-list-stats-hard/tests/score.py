"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'score'
CASES = [(([21, 46],), 67), (([-1],), -1), (([1, 46, 2, 17, 2, 27],), 5), (([7, 18, 33, 35, -12, 30, -8, 22, 46, 49],), -13), (([37, -19, -20, -5, -7, 1, -9, 38],), -48), (([47, 8, 30, -15, -9, -1, 7, 12, 7, 31],), -25), (([24, -6, 47],), 65), (([40, 12, 13, 48, 45, -3, -6, 38],), 3)]
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

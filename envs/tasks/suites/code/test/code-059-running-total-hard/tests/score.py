"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'bounded_running'
CASES = [(([],), []), (([11, 40, 37],), [46, 86, 86]), (([1, 5, 28, 20, -6, 27, 28, -28, 29, 27],), [36, 41, 69, 86, 80, 86, 86, 58, 86, 86]), (([-42, -5, -17],), [0, 0, 0]), (([6, -35, -26, -14, -27],), [41, 6, 0, 0, 0]), (([-39, -28, 33, 15, -10, 28],), [0, 0, 33, 48, 38, 66]), (([-27, 13],), [8, 21]), (([-34, -32, -3, -39, -2, 38, -12],), [1, 0, 0, 0, 0, 38, 26])]
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

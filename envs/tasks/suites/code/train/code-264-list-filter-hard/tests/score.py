"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'filter_numbers'
CASES = [(([26],), []), (([20, 20],), [20, 20]), (([25, 0, 45, 8],), [8]), (([-11, 28, -13, -4, 19, 28, 7, 29, -10, -16, -12],), [28, -4, 28, -16]), (([28],), [28]), (([-8, 11, 35, -20, 45, 15, -19, 50],), [-8, -20]), (([-20, 25, 29, 36],), [-20]), (([35, -4, -20, -2, 19, 37, 32, -13, 36, 13, 3],), [-4, -20, 32])]
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

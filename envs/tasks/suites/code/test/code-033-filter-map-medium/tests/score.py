"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'map_selected'
CASES = [(([],), []), (([-2, 9, 4, 7, 3, -15],), [-6, 27, 12, 21, 9, -45]), (([20, 3, 46, 50, 14],), [9, 42]), (([18, -9, 26, -5, 0, 19, 28],), [-27, -15, 0]), (([16, -6, 30, 12],), [-18, 36]), (([24, 7],), [21]), (([28, -5, -18, -16, 50, 18, 7, -4, -16, 22],), [-15, -54, -48, 21, -12, -48]), (([-10, 3, 31, 3, 28, -17],), [-30, 9, 9, -51])]
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

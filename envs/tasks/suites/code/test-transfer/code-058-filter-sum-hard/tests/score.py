"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'sum_selected'
CASES = [(([22, -18],), 0), (([-20, 9, 14, 21],), -20), (([45, -15, 38, 5, -1, 29, 35, -11, 11, 45],), 115), (([20, 39, 39, -19, 5, -1, 25, 7, 18, 21, -4, 3],), 50), (([31, 34, 2, 18, 35, 33, -9, 26, 34, -12, -3, 5],), 40), (([5, -13, 48, -3, 44, 47, -4, 18, 20, 30, 34, 44],), 25), (([-16, 30, 38, 38, 45, 0, -12],), 45), (([48, 38, 14, 4],), 0)]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'filtered_total'
CASES = [(([],), 0), (([0, -6, -15, 25],), -21), (([28, -18, 14, 37, -13, 14, -5, 29, 11],), -36), (([-20, -11, 42, 2, -6, 38, -9, 34, 38],), -44), (([30, -15, 27, 15, 42],), -15), (([20, -5, 35, 41],), -5), (([-18, 43, -16, -2, 20, 26, -15, 27, -9, 44, 21, 46],), -60), (([32, 42, -15, 40, 1, 28, 19],), -14)]
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

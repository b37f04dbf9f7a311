"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'running_min'
CASES = [(([],), []), (([15, 23, 37, -5, -13, 49, -6, 9, -3],), [15, 15, 15, -5, -13, -13, -13, -13, -13]), (([24],), [24]), (([-6, 49, -9, 37, 34, 15, 0, 42, -15],), [-6, -6, -9, -9, -9, -9, -9, -9, -15]), (([6, 41, 38, -12, -3, -6, -10, 37, -5],), [6, 6, 6, -12, -12, -12, -12, -12, -12]), (([36, 42, 24, 19, -16],), [36, 36, 24, 19, -16]), (([6, 18],), [6, 6]), (([2, -4, 37, 31],), [2, -4, -4, -4])]
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

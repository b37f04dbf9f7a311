"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'tank_levels'
CASES = [(([],), []), (([6, 26, 1, 12, 9, 30, 4, 6, 3, 2],), [50, 65, 65, 65, 65, 65, 65, 65, 65, 65]), (([3, 9, 3, -27, 4, -25, -6, -33],), [47, 56, 59, 32, 36, 11, 5, 0]), (([-25, -18, 4, 17, 0, 31, -25, -13],), [19, 1, 5, 22, 22, 53, 28, 15]), (([-3, -11, 11, 6, 27, -8, 3, 17],), [41, 30, 41, 47, 65, 57, 60, 65]), (([-15, -14, -15, 8, -30, 16],), [29, 15, 0, 8, 0, 16]), (([-26, 4, 27, -11, 5, -28, 7, 12, 31, -21],), [18, 22, 49, 38, 43, 15, 22, 34, 65, 44]), (([13],), [57])]
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

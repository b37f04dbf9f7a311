"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'lows_list'
CASES = [(([],), []), (([21, 28, 43, -2, 31, 1, 12, 48, 25],), [21, 21, 21, -2, -2, -2, -2, -2, -2]), (([13, 46, -10, 1, 32, 6, 9, -1, -13, -3],), [13, 13, -10, -10, -10, -10, -10, -10, -13, -13]), (([-18, -10, 25, 38, 18],), [-18, -18, -18, -18, -18]), (([14],), [14]), (([47, 50, -13, 13, 6, 41, -3, 25],), [47, 47, -13, -13, -13, -13, -13, -13]), (([-17, -16],), [-17, -17]), (([25, 6, -13, 40, 31, 9, 18, 24, -5, -12],), [25, 6, -13, -13, -13, -13, -13, -13, -13, -13])]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'min_so_far'
CASES = [(([],), []), (([8, 24],), [8, 8]), (([10, 39, -4, -14, -18],), [10, 10, -4, -14, -18]), (([-3, 20, 39, 4, 37, 6],), [-3, -3, -3, -3, -3, -3]), (([-1, 1, 2, 41, 11, 11, -13, -18, -20, 2],), [-1, -1, -1, -1, -1, -1, -13, -18, -20, -20]), (([-6, 13, 18, 43, -15],), [-6, -6, -6, -6, -15]), (([19, -1, -12, 25, 27],), [19, -1, -12, -12, -12]), (([8, -11, 36, 25, 4, 4],), [8, -11, -11, -11, -11, -11])]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'pick'
CASES = [(([-18, -16, -16, 7],), []), (([43, 10, 50, 10, -4, 6, 21, -11, 4],), [21]), (([-2, 13, 42, 22],), [13, 22]), (([32, 0, 45, 22, 39, 45],), [22]), (([24, -3, 48, 26, 49, -3, 2, 27, 10, 31, -10, -12],), [24]), (([-10, 11, -13, 4, 38, 3, 29, 34, 16, 41, -15, -16],), [11, 16]), (([-16, 25, -19, 20, 7, 48],), [20]), (([23, 6],), [23])]
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

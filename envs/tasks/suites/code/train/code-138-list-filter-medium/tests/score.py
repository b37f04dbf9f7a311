"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'filter_numbers'
CASES = [(([10, -5],), []), (([-18, 39],), [-18, 39]), (([-3, 9, 30],), [-3, 9, 30]), (([-8, 38, 8, -11, -13, 38, 42, -6, 39, 5, -4],), [42, -6, 39]), (([27, 42, 3, 21, 35, -3, 17, 49, 30, -1, 13],), [27, 42, 3, 21, -3, 30]), (([36, 1, -14, 32, 50, -8, 20, 48],), [36, 48]), (([-11, 40, 7, 12, 36, -17, -6, -1],), [12, 36, -6]), (([13, 37, 7, 9, 22, 17],), [9])]
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

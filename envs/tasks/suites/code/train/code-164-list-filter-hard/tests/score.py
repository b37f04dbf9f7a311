"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'pick'
CASES = [(([-11, 20, 34, 33, 38, -13, 26, 2, 16, 50, 38, 12],), []), (([37, 26, -18, 43, 30, -2, 49, 31, -9, 11, 20, -7],), [-18, 30]), (([34, 21, 5, 25, 18, 23, 15, 7, 47, 33],), [18]), (([32, -6, 39, 33, 0, 37, 5, 7, -8, 32],), [-6]), (([37, 32, 38, 25, 25, 9, 15, -1, -5, 16, 6],), [6]), (([-17, 24, 48, -16, -2, 35, 26, -16, 24, 43, -2, 42],), [42]), (([46],), []), (([-11, 47, -12, -10, 22, 13, 3, 42, -14, 47, -19],), [42])]
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

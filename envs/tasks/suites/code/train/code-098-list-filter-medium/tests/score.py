"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'select'
CASES = [(([],), []), (([7, 20, -17, 2, 36, -19, -17, 23],), [36]), (([-18, -11, 0, 44, 49, 13, 40, -6, 36, 40, 27, -4],), [-18, 0, -6, 36, 27]), (([-12, 2, -17, 0, 44, 41, 46, 16, -4, 30],), [-12, 0, 30]), (([6, 15, 13, 25, 15],), [6, 15, 15]), (([6, -6, 7, 48],), [6, -6, 48]), (([42, -15, -13, 23, -3, 41, 18, -20, 17],), [42, -15, -3, 18]), (([-13, 9, 1, -9, -14, 50],), [9, -9])]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'bounded_running'
CASES = [(([],), []), (([11, -28, 34, 41, 27, 47, -33],), [61, 33, 67, 108, 113, 113, 80]), (([11, -21, 34, -50, -29],), [61, 40, 74, 24, 0]), (([-14, 35, 11, -42, 51],), [36, 71, 82, 40, 91]), (([-34, -11, 50, 56, 18, -5, -28],), [16, 5, 55, 111, 113, 108, 80]), (([-4, -40, -2],), [46, 6, 4]), (([-6, -1, -45, 24, 48, -38],), [44, 43, 0, 24, 72, 34]), (([-28, 34, -4, 29, 18, -39],), [22, 56, 52, 81, 99, 60])]
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

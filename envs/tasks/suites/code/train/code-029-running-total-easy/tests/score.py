"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'balances'
CASES = [(([],), []), (([-19],), [-19]), (([21],), [21]), (([-6, -13, 25, -12, 13, 3],), [-6, -19, 6, -6, 7, 10]), (([35],), [35]), (([11, 44, 8, 12, -16, 29, 11, -20],), [11, 55, 63, 75, 59, 88, 99, 79]), (([-14, 4, -19, 39, -5],), [-14, -10, -29, 10, 5]), (([-7, 39, -4],), [-7, 32, 28])]
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

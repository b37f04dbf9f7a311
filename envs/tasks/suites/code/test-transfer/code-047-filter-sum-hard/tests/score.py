"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'sum_selected'
CASES = [(([-9, 14, 43, -11],), 0), (([-12, 21, -2, 12, -9, 45, 17],), 45), (([30, 48, 30, -19, 19, 46, 33, 50, -12, 50, 8, -19],), 160), (([34, 11, 5, 23, 24, -1, 4, 34, 28, 15],), 20), (([25, 14, 50, 32, -18, -4, 17],), 75), (([-3, 47, 7, 40, 1, 0, -16, 10, -7, 36],), 10), (([25, 13, -9, 1, 47, 18, 49, -2],), 25), (([24, 26, -11, 45, 48, -5, 30, 25, 42, 22],), 95)]
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

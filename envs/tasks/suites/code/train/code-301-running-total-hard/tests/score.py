"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'tank_levels'
CASES = [(([],), []), (([-34, 7, 41, 2, -2, 34, 21, 58],), [46, 53, 94, 96, 94, 128, 139, 139]), (([29, 39, 1, 56, 1, -61, 39],), [109, 139, 139, 139, 139, 78, 117]), (([-70, 20, 21, 34],), [10, 30, 51, 85]), (([-56, 9, 45, 53, 38, 34, 18, -60, 9],), [24, 33, 78, 131, 139, 139, 139, 79, 88]), (([32, 48, -63, -56, -36, 58, -14, -65, -2, 35],), [112, 139, 76, 20, 0, 58, 44, 0, 0, 35]), (([-44, -24],), [36, 12]), (([-42, -28, 38, -42, -3, 22],), [38, 10, 48, 6, 3, 25])]
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

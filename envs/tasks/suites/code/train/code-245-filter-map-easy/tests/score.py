"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'map_selected'
CASES = [(([],), []), (([49, 26, -2, 23, 16, -4, 47, 31, 33],), [676, 4, 256, 16]), (([20, 22, -7],), [400, 484]), (([22, -18, -10, -9, 32, -6, 40, -8, 40, 8],), [484, 324, 100, 1024, 36, 1600, 64, 1600, 64]), (([48, 27, -8, 18, 28, 34, 6],), [2304, 64, 324, 784, 1156, 36]), (([44, -2],), [1936, 4]), (([50, 17, 34, 50, 48, 37],), [2500, 1156, 2500, 2304]), (([-2, 6, 40, -18, 11, -17, 22, 0, 38],), [4, 36, 1600, 324, 484, 0, 1444])]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'bound_all'
CASES = [(([],), []), (([27, 34, 46, 33],), [27, 34, 38, 33]), (([20, 23, -7, 62, 27, 8],), [20, 23, 8, 38, 27, 8]), (([4, 62, 7, -19, 17, 43, 31, 33],), [8, 38, 8, 8, 17, 38, 31, 33]), (([44, 52, 62, 40, 42, 63, 23, 2],), [38, 38, 38, 38, 38, 38, 23, 8]), (([6, 51],), [8, 38]), (([1, 59, 47],), [8, 38, 38]), (([38, -18, 5, 62],), [38, 8, 8, 38])]
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

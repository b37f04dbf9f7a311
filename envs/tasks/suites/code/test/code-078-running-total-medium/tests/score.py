"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'lows_list'
CASES = [(([],), []), (([14, 48, -3, 13, 43, 38, 22, 6],), [14, 14, -3, -3, -3, -3, -3, -3]), (([-16, 49, 11, 27, 22, -13],), [-16, -16, -16, -16, -16, -16]), (([33, -12, -5, -6, -1],), [33, -12, -12, -12, -12]), (([4, 19, -5, 31, 33, 31, 34, 8],), [4, 4, -5, -5, -5, -5, -5, -5]), (([49, -3, -14, 5, 38, -14, 13],), [49, -3, -14, -14, -14, -14, -14]), (([-3, 20, -6, 41],), [-3, -3, -6, -6]), (([1, 17, -2, 21, 49, 36, -8],), [1, 1, -2, -2, -2, -2, -8])]
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

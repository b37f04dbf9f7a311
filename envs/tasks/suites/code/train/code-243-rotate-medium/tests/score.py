"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'rotate'
CASES = [(([36, 36, 74, 19, 49, 68, 83],), [68, 83, 36, 36, 74, 19, 49]), (([61, 88, 64, 70, 76, 23, 95, 20],), [95, 20, 61, 88, 64, 70, 76, 23]), (([87, 96, 36, 15, 62, 77, 29, 12],), [29, 12, 87, 96, 36, 15, 62, 77]), (([92, 4, 77, 23, 42, 85, 49, 63],), [49, 63, 92, 4, 77, 23, 42, 85]), (([54, 86, 43, 66, 96, 64, 86, 32],), [86, 32, 54, 86, 43, 66, 96, 64]), (([92, 29, 85, 99, 22, 39],), [22, 39, 92, 29, 85, 99]), (([57, 66, 56, 44, 60, 83],), [60, 83, 57, 66, 56, 44]), (([2, 38, 71, 50, 14, 0, 85],), [0, 85, 2, 38, 71, 50, 14])]
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

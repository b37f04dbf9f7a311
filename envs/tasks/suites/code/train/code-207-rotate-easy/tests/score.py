"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'shift_list'
CASES = [(([18, 97, 25, 97, 48, 87, 80, 32, 99, 45, 71, 15, 83],), [87, 80, 32, 99, 45, 71, 15, 83, 18, 97, 25, 97, 48]), (([1, 35, 37, 59, 69, 39, 43, 14, 74, 37],), [39, 43, 14, 74, 37, 1, 35, 37, 59, 69]), (([3, 72, 8, 3, 30, 69, 86, 35, 29, 58, 76, 92],), [69, 86, 35, 29, 58, 76, 92, 3, 72, 8, 3, 30]), (([47, 1, 76, 1, 89, 47, 78, 32],), [47, 78, 32, 47, 1, 76, 1, 89]), (([0, 81, 24, 77, 68, 11, 89, 67],), [11, 89, 67, 0, 81, 24, 77, 68]), (([2, 1, 85, 80, 14, 26, 91, 41, 17, 73, 35, 60],), [26, 91, 41, 17, 73, 35, 60, 2, 1, 85, 80, 14]), (([34, 74, 71, 68, 67, 14, 61, 97],), [14, 61, 97, 34, 74, 71, 68, 67]), (([25, 36, 29, 74, 51, 71],), [71, 25, 36, 29, 74, 51])]
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

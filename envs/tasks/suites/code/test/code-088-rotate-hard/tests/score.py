"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'shift_list'
CASES = [(([],), []), (([13, 69, 39, 63, 21],), [39, 63, 21, 13, 69]), (([1, 2, 3, 4, 5],), [3, 4, 5, 1, 2]), (([21, 35, 98, 3, 40, 62, 57, 72, 22],), [35, 98, 3, 40, 62, 57, 72, 22, 21]), (([37, 60, 76, 65, 10],), [76, 65, 10, 37, 60]), (([14, 41, 62, 47, 86, 9, 70, 11, 89, 38, 40, 44],), [86, 9, 70, 11, 89, 38, 40, 44, 14, 41, 62, 47]), (([98, 69, 99, 5],), [98, 69, 99, 5]), (([33, 37, 84, 55, 69],), [84, 55, 69, 33, 37])]
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

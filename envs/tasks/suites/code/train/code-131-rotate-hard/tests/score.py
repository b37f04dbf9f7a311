"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'cycle'
CASES = [(([],), []), (([1, 2, 3, 4, 5],), [1, 2, 3, 4, 5]), (([77, 35, 78],), [78, 77, 35]), (([6, 46, 3, 53, 59, 95],), [95, 6, 46, 3, 53, 59]), (([36, 22, 43, 92, 40],), [36, 22, 43, 92, 40]), (([80, 17, 33, 98, 20],), [80, 17, 33, 98, 20]), (([22, 65, 82, 32, 42],), [22, 65, 82, 32, 42]), (([76, 76, 13, 99, 80, 27, 18, 19],), [27, 18, 19, 76, 76, 13, 99, 80])]
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

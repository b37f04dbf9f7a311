"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'bounded_running'
CASES = [(([],), []), (([-4, 4, 5, -11, -1, 6],), [18, 22, 22, 11, 10, 16]), (([-3, -9, 3, -8, 9, -11, 2, 3, -11, -5],), [19, 10, 13, 5, 14, 3, 5, 8, 0, 0]), (([1, 9, 10, -11],), [22, 22, 22, 11]), (([-6, -2, 5, -10, 0, 3, 11, -3],), [16, 14, 19, 9, 9, 12, 22, 19]), (([-9, 5, -10, 7, -2],), [13, 18, 8, 15, 13]), (([-11, -7, -5, -11],), [11, 4, 0, 0]), (([-1, -10, 2, 6, 10, -3, -9, 2, 1],), [21, 11, 13, 19, 22, 19, 10, 12, 13])]
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

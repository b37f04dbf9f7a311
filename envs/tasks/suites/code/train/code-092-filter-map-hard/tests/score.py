"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'select_and_change'
CASES = [(([24, 4, 25, 17, 42, 31],), []), (([21, 16, 43, -13, -12, 50, 22, 17],), [75]), (([1, 30, -3, -5, 38],), [55]), (([-8, 18, 42, 45, -11, 15, -5, -6, 0],), [70]), (([21, 36, 19, 45, 50, 8, 48, 48, 46],), [70, 75]), (([-12, 25, 34, 34],), []), (([-8],), []), (([31, 5, 31, 6, 1],), [])]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'pick'
CASES = [(([-16],), []), (([-17, -12, 1, 32],), [32]), (([32, 44, 32],), [32, 44, 32]), (([17, 42, 25, 33, 7, -8, -14],), [42]), (([32, 0, 45, 22, 39, 45],), [32, 22]), (([24, -3, 48, 26, 49, -3, 2, 27, 10, 31, -10, -12],), [24, 48, 26, 10]), (([43, 30, 16, 0, 7, -20, 32],), [30, 16, 32]), (([43, 10, 50, 10, -4, 6, 21, -11, 4],), [10, 50, 10])]
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

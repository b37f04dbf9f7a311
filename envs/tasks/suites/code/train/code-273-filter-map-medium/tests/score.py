"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'map_selected'
CASES = [(([-20],), []), (([-20, -2, 29, 29, 21, 5, 9, 0],), [841, 841, 441, 25, 81]), (([23],), [529]), (([3, -6, 23, 1, -9, 24, 1, 31, -9],), [529, 576]), (([-6, -11, 8, 3, 14, 19],), [64, 196, 361]), (([29, 0, -4, 48, -13, 4],), [841, 16]), (([32, 36, 29, 32, 31],), [841]), (([-7, 18, 22, 9, -11, 20, 50, 50, 49],), [324, 484, 81, 400])]
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

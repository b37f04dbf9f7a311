"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'transform_some'
CASES = [(([-7],), []), (([35, 44, -11, 47, 41],), [1936]), (([39, 0, 21, 4],), [0, 16]), (([-12, 26],), [144, 676]), (([0, 8, -6, -14, -11, 50, -7],), [0, 64, 36, 196, 2500]), (([9, -9, 31, 37, 48, 36, 4, -12, 14, 46],), [2304, 1296, 16, 144, 196, 2116]), (([-17, 32],), [1024]), (([33, 24, 14, 13, -15, -3, 46],), [576, 196, 2116])]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'balances'
CASES = [(([],), []), (([15, 23, 24, 33, 4, 47, 16],), [426, 449, 473, 506, 510, 557, 573]), (([21, 34, 20, 9, 16, 49, 13],), [432, 466, 486, 495, 511, 560, 573]), (([0, 44, -8, 13],), [411, 455, 447, 460]), (([-14],), [397]), (([-19, -17, 46, -11, 49],), [392, 375, 421, 410, 459]), (([16, 23, -7],), [427, 450, 443]), (([10, 47],), [421, 468])]
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

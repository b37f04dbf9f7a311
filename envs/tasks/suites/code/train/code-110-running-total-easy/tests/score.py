"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'balances'
CASES = [(([],), []), (([-8, 43, 33, -7, -8, -13],), [206, 249, 282, 275, 267, 254]), (([46, 16, -11, 14, 16, 28, 36, 43],), [260, 276, 265, 279, 295, 323, 359, 402]), (([10],), [224]), (([-6, -5, 12, 47],), [208, 203, 215, 262]), (([-6, -2],), [208, 206]), (([12, 10, -2],), [226, 236, 234]), (([-1, 10, 32, 48, 31, 13, 4],), [213, 223, 255, 303, 334, 347, 351])]
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

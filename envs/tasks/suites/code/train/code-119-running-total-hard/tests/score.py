"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'capped_totals'
CASES = [(([],), []), (([52],), [127]), (([51, -33],), [126, 93]), (([44, -25],), [119, 94]), (([-7, -61, 62, -38, -44, 48, 42],), [68, 7, 69, 31, 0, 48, 90]), (([3, -11, -60, 57, -21, 3, -14, -11, -25, -8],), [78, 67, 7, 64, 43, 46, 32, 21, 0, 0]), (([12, 14, 29],), [87, 101, 130]), (([-12, 22, 38, -40, 57, -27, 22, -46],), [63, 85, 123, 83, 132, 105, 127, 81])]
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

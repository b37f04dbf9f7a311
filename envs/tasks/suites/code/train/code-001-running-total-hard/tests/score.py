"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'capped_totals'
CASES = [(([],), []), (([-39, -33, -66],), [68, 35, 0]), (([57],), [164]), (([28, 8, 41, -60],), [135, 143, 181, 121]), (([17, 16, 37],), [124, 140, 177]), (([-17, 16, -31, -73, -74, 21],), [90, 106, 75, 2, 0, 21]), (([24, -47, -90, -63, -67, 77, -61, 22, -5],), [131, 84, 0, 0, 0, 77, 16, 38, 33]), (([-80, 54, -4, -43, 69, 66, -17],), [27, 81, 77, 34, 103, 169, 152])]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'select_and_change'
CASES = [(([29, 49, 37],), []), (([0],), [0]), (([31, -17],), [-34]), (([-16, 17],), [-32]), (([18, 11, 4, 4, 32, 49, 16, -10, 9],), [22, 8, 8, -20, 18]), (([-18, -13],), [-36, -26]), (([-2, 11, 16],), [-4, 22]), (([14, 31, 41, 15, -1, 38, -3, 0],), [-2, -6, 0])]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'map_selected'
CASES = [(([],), []), (([10, 37, 37, 0, -12, 30, 32, 3, 37],), [50, 0, -60, 150, 160]), (([35, 6, 6, 9, 42],), [30, 30, 210]), (([-12, 32, 15],), [-60, 160]), (([8, -18, 11, 42, 9, 38],), [40, -90, 210, 190]), (([25, -11, 2, 47, -10],), [10, -50]), (([-12],), [-60]), (([35, 16, 49, -19, 47, 33],), [80])]
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

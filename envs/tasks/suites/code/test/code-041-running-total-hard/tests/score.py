"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'tank_levels'
CASES = [(([],), []), (([-1, 32, -69, 99, 15, -39, 99, -25],), [156, 188, 119, 200, 200, 161, 200, 175]), (([-80, 32, 78],), [77, 109, 187]), (([85, 47],), [200, 200]), (([7, 28, -99, 85, 10, -2, -89],), [164, 192, 93, 178, 188, 186, 97]), (([-9, -49, 46, 41],), [148, 99, 145, 186]), (([56, -45, -9, 21, -99, -43],), [200, 155, 146, 167, 68, 25]), (([-13, -52, 60, 57, -26, -25, -74, -32, -91, -81],), [144, 92, 152, 200, 174, 149, 75, 43, 0, 0])]
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

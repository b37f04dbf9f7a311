"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'bound_all'
CASES = [(([],), []), (([29, 36, -24, 26],), [16, 16, -3, 16]), (([-25, 37, 44, -17, -11, -13, -32, -3],), [-3, 16, 16, -3, -3, -3, -3, -3]), (([-17, 5, -32],), [-3, 5, -3]), (([-9, 1, -10, 33, 37],), [-3, 1, -3, 16, 16]), (([40, 7, 45, -23, 41, 5, -28, -24],), [16, 7, 16, -3, 16, 5, -3, -3]), (([24, -25, -29],), [16, -3, -3]), (([6, -16, 41],), [6, -3, 16])]
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

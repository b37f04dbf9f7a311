"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'capped_totals'
CASES = [(([],), []), (([-20, -4, -19, -2],), [20, 16, 0, 0]), (([-13, 18, 23],), [27, 45, 51]), (([-17, -18],), [23, 5]), (([13, -9, 5],), [51, 42, 47]), (([-26, 18, 25, -15, 19, 17, 17, 5],), [14, 32, 51, 36, 51, 51, 51, 51]), (([22, 0],), [51, 51]), (([-17, 3, -17, -5],), [23, 26, 9, 4])]
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

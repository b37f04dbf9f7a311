"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'bound_all'
CASES = [(([],), []), (([-44, -15, -43, 26, 0, -41, -14],), [-20, -15, -20, 3, 0, -20, -14]), (([-33],), [-20]), (([-7, -5, 11, -8, -7, 14],), [-7, -5, 3, -8, -7, 3]), (([-46, 21, -49, 17, -48],), [-20, 3, -20, 3, -20]), (([0, -39, 7, 26, -43, 4, -21],), [0, -20, 3, 3, -20, 3, -20]), (([-5, -24, -42, -43, -22, 17, -15],), [-5, -20, -20, -20, -20, 3, -15]), (([12, 5, -28, 22, -4],), [3, 3, -20, 3, -4])]
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

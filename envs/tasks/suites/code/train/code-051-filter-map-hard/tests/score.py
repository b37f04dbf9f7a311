"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'map_selected'
CASES = [(([],), []), (([48, 13, -10, 7, -17, 4, -6, -7],), [2304, 16]), (([8, 47, 3, -20, -17, 12, 6, 43, 35, 47],), [64, 144, 36]), (([-8, 24, 42, 38, 4, 37, 8, 47, -8],), [576, 1764, 1444, 16, 64]), (([4, 39, -9, 32, -3, 32, -6, 25, 38, -13],), [16, 1024, 1024, 1444]), (([-2, 13, 24, 9, 30],), [576, 900]), (([19, 6, 39, -15, 5, -9, 24],), [36, 576]), (([10, 25, 3, 18, -1, -19, 47, 48, 26],), [100, 324, 2304, 676])]
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

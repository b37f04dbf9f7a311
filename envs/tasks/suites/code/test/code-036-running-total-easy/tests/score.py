"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'cumulative'
CASES = [(([],), []), (([49, -10],), [49, 39]), (([9, 7, 46, 32, -11, 48, 38, -18],), [9, 16, 62, 94, 83, 131, 169, 151]), (([14, 1],), [14, 15]), (([40, 46, 14, -10, 46, 18, 1],), [40, 86, 100, 90, 136, 154, 155]), (([48],), [48]), (([-17, -7, -15, 9],), [-17, -24, -39, -30]), (([24, 39, 0, 3, 28],), [24, 63, 63, 66, 94])]
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

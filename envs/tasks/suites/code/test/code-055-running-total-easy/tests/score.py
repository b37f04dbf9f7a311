"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'running_totals'
CASES = [(([],), []), (([25, 27, -15, -10, -1, 11],), [438, 465, 450, 440, 439, 450]), (([19, 7],), [432, 439]), (([34],), [447]), (([26, 18, 40, 43, -15, 34, 23, 37],), [439, 457, 497, 540, 525, 559, 582, 619]), (([17, 4, 34, -13, 11, -17, -8],), [430, 434, 468, 455, 466, 449, 441]), (([0, 8, 27, 33, 25, 11],), [413, 421, 448, 481, 506, 517]), (([20, 22, 6, -7],), [433, 455, 461, 454])]
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

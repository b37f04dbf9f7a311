"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'cycle'
CASES = [(([],), []), (([20, 25, 96],), [96, 20, 25]), (([49, 12],), [49, 12]), (([46, 56, 81, 78, 60, 0],), [81, 78, 60, 0, 46, 56]), (([20, 85],), [20, 85]), (([28, 93, 96, 42, 23, 2, 17, 74, 24, 35, 0, 5],), [24, 35, 0, 5, 28, 93, 96, 42, 23, 2, 17, 74]), (([84, 0, 66, 81, 99],), [0, 66, 81, 99, 84]), (([70, 66, 83, 8, 12, 85, 2, 93, 35, 72, 83, 71],), [35, 72, 83, 71, 70, 66, 83, 8, 12, 85, 2, 93])]
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

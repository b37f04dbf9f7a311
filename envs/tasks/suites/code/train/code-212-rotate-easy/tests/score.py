"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'turn'
CASES = [(([95, 35, 73, 49, 38, 45, 61],), [35, 73, 49, 38, 45, 61, 95]), (([12, 95, 13, 35, 22, 40, 46, 8],), [95, 13, 35, 22, 40, 46, 8, 12]), (([51, 75, 41, 18, 16, 22, 32, 15],), [75, 41, 18, 16, 22, 32, 15, 51]), (([1, 2, 3],), [2, 3, 1]), (([53, 93, 74, 79, 51],), [93, 74, 79, 51, 53]), (([96, 11, 31, 51, 10, 98],), [11, 31, 51, 10, 98, 96]), (([13, 17],), [17, 13]), (([72, 72, 22, 35, 55, 43, 54, 62],), [72, 22, 35, 55, 43, 54, 62, 72])]
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

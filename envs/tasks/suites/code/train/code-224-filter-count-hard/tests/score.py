"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'how_many'
CASES = [(([-15, 15, -19, 13, -8],), 0), (([36, 30, -18, 26, 19, 27, 43, 17, 10, 14, 35, -4],), 2), (([-14, -10, -5, -11, 3, 13, 46],), 1), (([17, 45, 46, 17, 24, -19],), 0), (([-14, 17, -13, 22, 22, 22, 46, 21, 20, 23],), 1), (([9, 36, -15, 37],), 0), (([48, 49],), 1), (([31],), 0)]
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

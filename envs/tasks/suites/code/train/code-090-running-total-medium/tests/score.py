"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'lows_list'
CASES = [(([],), []), (([46, -12, 22, -17, 32, 14],), [46, -12, -12, -17, -17, -17]), (([22, -13, 10, -3, 20, -6],), [22, -13, -13, -13, -13, -13]), (([19, 33, 19, 14],), [19, 19, 19, 14]), (([-3, 36, 14, -16, 46, 47],), [-3, -3, -3, -16, -16, -16]), (([34, -3, 23, 46, -15, 42, 39, -15, 43, 41],), [34, -3, -3, -3, -15, -15, -15, -15, -15, -15]), (([39, 36, 47],), [39, 36, 36]), (([48, -13],), [48, -13])]
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

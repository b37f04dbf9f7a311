"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'first_seen'
CASES = [(([],), []), (([8, 4, 1, 3, 3, 9, 8],), [8, 4, 1, 3, 9]), ((['coral', 'lotus', 'cedar', 'cedar', 'sunny', 'cedar'],), ['coral', 'lotus', 'cedar', 'sunny']), ((['cedar', 'stone', 'coral', 'stone'],), ['cedar', 'stone', 'coral']), (([2, 1, 6, 2, 2, 0, 8, 9, 8],), [2, 1, 6, 0, 8, 9]), (([0, 3, 1, 0, 2, 0, 3, 0, 1, 0, 1, 2, 0, 0],), [0, 3, 1, 2]), (([8, 3, 0, 0, 1, 7, 4, 1, 9, 0, 5, 4],), [8, 3, 0, 1, 7, 4, 9, 5]), (([2, 5, 3, 5, 3, 3, 3],), [2, 5, 3])]
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

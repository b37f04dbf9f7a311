"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'remove_duplicates'
CASES = [(([],), []), (([7, 0, 9, 9, 1, 7, 4, 6, 0, 7, 1, 5],), [7, 0, 9, 1, 4, 6, 5]), ((['cobalt', 'cedar', 'lantern', 'cedar', 'cobalt', 'delta', 'lantern', 'delta'],), ['cobalt', 'cedar', 'lantern', 'delta']), (([4, 0, 2, 1],), [4, 0, 2, 1]), ((['cedar', 'velvet', 'cobalt', 'delta', 'velvet'],), ['cedar', 'velvet', 'cobalt', 'delta']), (([2, 9, 9, 8, 9, 7, 8, 8, 7],), [2, 9, 8, 7]), ((['lantern', 'cedar', 'cobalt', 'cedar', 'lantern', 'cedar'],), ['lantern', 'cedar', 'cobalt']), (([6, 6, 3, 0, 2, 7, 2, 9, 8],), [6, 3, 0, 2, 7, 9, 8])]
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

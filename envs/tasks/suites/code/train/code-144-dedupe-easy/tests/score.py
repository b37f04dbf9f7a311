"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'dedupe'
CASES = [(([],), []), (([0, 1, 3, 3, 2],), [0, 1, 3, 2]), ((['tiger', 'cobalt', 'tiger', 'lemon', 'delta', 'lemon', 'delta', 'delta'],), ['tiger', 'cobalt', 'lemon', 'delta']), (([5, 0, 3, 4, 8, 7, 1, 0],), [5, 0, 3, 4, 8, 7, 1]), ((['lemon', 'cobalt', 'cobalt', 'lemon', 'cobalt', 'lemon', 'lemon'],), ['lemon', 'cobalt']), ((['cobalt', 'cobalt', 'maple'],), ['cobalt', 'maple']), ((['maple', 'tiger', 'tiger', 'cobalt', 'lemon', 'delta', 'maple', 'delta', 'delta'],), ['maple', 'tiger', 'cobalt', 'lemon', 'delta']), ((['tiger', 'maple', 'delta', 'delta', 'maple', 'maple', 'cobalt', 'tiger', 'delta'],), ['tiger', 'maple', 'delta', 'cobalt'])]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'bounded_running'
CASES = [(([],), []), (([-31],), [17]), (([18, 18, -34, 38],), [66, 76, 42, 76]), (([-29, -9, 14, 35, 28, -18, 26, 5, -1, -19],), [19, 10, 24, 59, 76, 58, 76, 76, 75, 56]), (([-16, 38, -21, -1, -5],), [32, 70, 49, 48, 43]), (([12, -35, 31, 14, 31, -8, -33, -35, 20, -15],), [60, 25, 56, 70, 76, 68, 35, 0, 20, 5]), (([11, -16, -29, -6, -34],), [59, 43, 14, 8, 0]), (([-18, 31],), [30, 61])]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'bounded_running'
CASES = [(([],), []), (([61, -9, 27, -60, 25, -40, 34, -23, 21],), [125, 116, 125, 65, 90, 50, 84, 61, 82]), (([-47],), [45]), (([43, -49, -16, -7, 9, 45, 44, -7, -39],), [125, 76, 60, 53, 62, 107, 125, 118, 79]), (([-4, -25, -19, 22, 32, 14, -5, 5],), [88, 63, 44, 66, 98, 112, 107, 112]), (([-22, 10],), [70, 80]), (([-17],), [75]), (([56, 23, -40, 29, -45, 61, -42, 32, -33, -24],), [125, 125, 85, 114, 69, 125, 83, 115, 82, 58])]
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

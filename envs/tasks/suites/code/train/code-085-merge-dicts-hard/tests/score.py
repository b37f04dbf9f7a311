"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'common_combine'
CASES = [(({}, {}), {}), (({'tiger': 85, 'sunny': 28, 'pepper': 2, 'lantern': 26, 'frost': 59}, {'river': 7, 'pepper': 97, 'ember': 28, 'sunny': 44}), {'sunny': 72, 'pepper': 99}), (({'coral': 15, 'nectar': 60, 'velvet': 54, 'delta': 43, 'maple': 76}, {'willow': 42, 'nectar': 60, 'velvet': 72, 'coral': 65}), {'coral': 80, 'nectar': 120, 'velvet': 126}), (({'pepper': 25}, {'lemon': 83, 'tiger': 91, 'kettle': 44, 'cedar': 13, 'jasper': 9, 'pepper': 31}), {'pepper': 56}), (({'coral': 87, 'ember': 35}, {'mango': 28, 'timber': 25, 'ember': 31, 'coral': 88}), {'coral': 175, 'ember': 66}), (({'harbor': 39, 'raven': 28, 'meadow': 54}, {'kettle': 70, 'harbor': 24, 'meadow': 57}), {'harbor': 63, 'meadow': 111}), (({'pepper': 73, 'stone': 75, 'falcon': 51}, {'apple': 73, 'mango': 4, 'pepper': 31, 'falcon': 7}), {'pepper': 104, 'falcon': 58}), (({'maple': 9, 'mango': 68}, {'stone': 55, 'ember': 68, 'delta': 47, 'lantern': 86, 'apple': 90, 'mango': 16, 'maple': 86}), {'maple': 95, 'mango': 84})]
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

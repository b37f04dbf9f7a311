"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'common_union'
CASES = [(({}, {}), {}), (({'garnet': 9, 'apple': 63}, {'lantern': 19, 'mango': 8, 'timber': 61, 'cedar': 97, 'amber': 81, 'garnet': 41, 'apple': 30}), {'garnet': 9, 'apple': 30}), (({'river': 44, 'maple': 97, 'saddle': 26, 'garnet': 20, 'frost': 55}, {'timber': 85, 'amber': 56, 'nectar': 67, 'stone': 53, 'river': 50, 'frost': 27}), {'river': 44, 'frost': 27}), (({'quartz': 44}, {'raven': 27, 'quartz': 56}), {'quartz': 44}), (({'frost': 54, 'jasper': 55, 'sunny': 26, 'pearl': 8}, {'willow': 85, 'maple': 36, 'raven': 51, 'saddle': 76, 'apple': 23, 'frost': 25, 'jasper': 85}), {'frost': 25, 'jasper': 55}), (({'island': 67, 'river': 30, 'harbor': 9, 'jasper': 21, 'lemon': 76}, {'brick': 94, 'jasper': 57, 'harbor': 97, 'river': 46}), {'river': 30, 'harbor': 9, 'jasper': 21}), (({'delta': 74, 'pepper': 19, 'lotus': 2, 'harbor': 49, 'willow': 94}, {'cobalt': 3, 'olive': 33, 'tiger': 89, 'willow': 88, 'lotus': 16}), {'lotus': 2, 'willow': 88}), (({'island': 31}, {'brick': 81, 'lantern': 52, 'cobalt': 6, 'nectar': 78, 'island': 69}), {'island': 31})]
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

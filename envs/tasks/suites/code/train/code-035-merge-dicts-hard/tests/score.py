"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'common_join_dicts'
CASES = [(({}, {}), {}), (({'quartz': 85, 'stone': 25}, {'pepper': 71, 'brick': 49, 'quartz': 27, 'stone': 77}), {'quartz': 58, 'stone': -52}), (({'orchid': 70}, {'harbor': 3, 'garnet': 98, 'sunny': 61, 'orchid': 86}), {'orchid': -16}), (({'ember': 97}, {'olive': 58, 'pearl': 16, 'lotus': 59, 'cedar': 31, 'ember': 29}), {'ember': 68}), (({'garnet': 21, 'velvet': 55, 'cloud': 99, 'tiger': 66}, {'garnet': 52, 'orchid': 88, 'tiger': 27}), {'garnet': -31, 'tiger': 39}), (({'sunny': 60}, {'quartz': 1, 'mango': 32, 'sunny': 91}), {'sunny': -31}), (({'willow': 60, 'orchid': 20, 'raven': 12, 'kettle': 32}, {'frost': 24, 'meadow': 12, 'sunny': 18, 'river': 75, 'raven': 38, 'kettle': 75}), {'raven': -26, 'kettle': -43}), (({'falcon': 66, 'apple': 51, 'jasper': 68}, {'orchid': 63, 'cloud': 66, 'jasper': 16, 'apple': 20}), {'apple': 31, 'jasper': 52})]
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

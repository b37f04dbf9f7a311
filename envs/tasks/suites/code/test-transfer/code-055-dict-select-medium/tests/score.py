"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'qualifying'
CASES = [(({'pearl': 21, 'ember': 38},), []), (({'willow': 74, 'coral': 39, 'brick': 33, 'raven': 42, 'delta': 34},), ['willow']), (({'brick': 57, 'saddle': 36, 'amber': 10, 'cobalt': 44, 'pepper': 8, 'olive': 30, 'orchid': 88},), ['brick', 'orchid']), (({'meadow': 95, 'sunny': 57, 'island': 77, 'maple': 44, 'lantern': 9, 'apple': 8},), ['island', 'meadow', 'sunny']), (({'nectar': 29, 'coral': 79, 'raven': 45},), ['coral']), (({'cobalt': 71, 'amber': 40},), ['cobalt']), (({'willow': 47, 'river': 24, 'stone': 53, 'brick': 14, 'timber': 68, 'cobalt': 51, 'apple': 79, 'tiger': 6},), ['apple', 'timber']), (({'island': 67, 'lotus': 18, 'willow': 81},), ['island', 'willow'])]
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

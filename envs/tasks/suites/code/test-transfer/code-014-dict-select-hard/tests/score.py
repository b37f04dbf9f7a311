"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'pick_key'
CASES = [(({'kettle': 68, 'raven': 17, 'meadow': 50, 'river': 69, 'mango': 27, 'maple': 39, 'cobalt': 32, 'lantern': 50},), 'raven'), (({'garnet': 88, 'brick': 56, 'willow': 50, 'nectar': 10, 'velvet': 19, 'frost': 40, 'quartz': 79, 'lotus': 12},), 'nectar'), (({'frost': 22, 'ember': 29},), 'frost'), (({'mango': 81, 'stone': 62, 'pepper': 70, 'velvet': 61, 'meadow': 32},), 'meadow'), (({'pearl': 11, 'amber': 60, 'delta': 66, 'brick': 29, 'coral': 85, 'lantern': 9, 'kettle': 35, 'pepper': 25},), 'lantern'), (({'stone': 31, 'walnut': 29, 'kettle': 2, 'coral': 92, 'amber': 63, 'delta': 81},), 'kettle'), (({'brick': 62, 'island': 55, 'velvet': 59, 'amber': 4, 'stone': 85},), 'amber'), (({'quartz': 77, 'stone': 60, 'kettle': 97, 'ember': 16, 'sunny': 55, 'velvet': 35, 'tiger': 13},), 'tiger')]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'find_key'
CASES = [(({'island': 70, 'delta': 28, 'river': 4, 'lemon': 51, 'coral': 17, 'falcon': 34, 'tiger': 53},), 'island'), (({'island': 10, 'orchid': 42, 'cedar': 15, 'delta': 81, 'brick': 2},), 'delta'), (({'mango': 73, 'lotus': 32},), 'mango'), (({'lantern': 83, 'river': 27, 'apple': 80, 'willow': 11, 'amber': 97, 'maple': 52, 'walnut': 89, 'saddle': 44},), 'amber'), (({'tiger': 19, 'walnut': 44, 'lotus': 38},), 'walnut'), (({'lemon': 69, 'delta': 72, 'lotus': 50, 'island': 57, 'velvet': 8, 'garnet': 54, 'stone': 88, 'nectar': 40},), 'stone'), (({'cobalt': 25, 'garnet': 17, 'raven': 56, 'falcon': 54, 'quartz': 83},), 'quartz'), (({'velvet': 68, 'stone': 69, 'garnet': 64, 'lantern': 76},), 'lantern')]
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

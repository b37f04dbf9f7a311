"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'merged'
CASES = [(({}, {}), {}), (({'garnet': 41, 'timber': 75, 'ember': 11, 'falcon': 22}, {'meadow': 56, 'coral': 38, 'apple': 10, 'timber': 32, 'ember': 11}), {'garnet': 41, 'timber': 75, 'ember': 11, 'falcon': 22, 'meadow': 56, 'coral': 38, 'apple': 10}), (({'lotus': 27, 'walnut': 40, 'ember': 98}, {'velvet': 14, 'lotus': 44, 'walnut': 99}), {'lotus': 44, 'walnut': 99, 'ember': 98, 'velvet': 14}), (({'timber': 59}, {'falcon': 19, 'nectar': 56, 'timber': 81}), {'timber': 81, 'falcon': 19, 'nectar': 56}), (({'amber': 56, 'apple': 32}, {'tiger': 69, 'cobalt': 55, 'apple': 67, 'amber': 59}), {'amber': 59, 'apple': 67, 'tiger': 69, 'cobalt': 55}), (({'coral': 70, 'pearl': 49, 'garnet': 83, 'maple': 56}, {'velvet': 72, 'stone': 49, 'maple': 27, 'garnet': 38}), {'coral': 70, 'pearl': 49, 'garnet': 83, 'maple': 56, 'velvet': 72, 'stone': 49}), (({'cobalt': 47, 'garnet': 58}, {'ember': 63, 'garnet': 52, 'cobalt': 46}), {'cobalt': 47, 'garnet': 58, 'ember': 63}), (({'garnet': 57}, {'ember': 93, 'orchid': 57, 'garnet': 71}), {'garnet': 71, 'ember': 93, 'orchid': 57})]
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

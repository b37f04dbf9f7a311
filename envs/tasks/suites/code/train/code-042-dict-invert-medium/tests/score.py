"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'group_invert'
CASES = [(({},), {}), (({'lemon': 3, 'cobalt': 2, 'saddle': 3, 'meadow': 2, 'cedar': 2, 'ember': 3, 'cloud': 2, 'amber': 3},), {3: ['lemon', 'saddle', 'ember', 'amber'], 2: ['cobalt', 'meadow', 'cedar', 'cloud']}), (({'quartz': 3, 'harbor': 2},), {3: ['quartz'], 2: ['harbor']}), (({'meadow': 2, 'willow': 1, 'island': 3},), {2: ['meadow'], 1: ['willow'], 3: ['island']}), (({'brick': 3, 'lotus': 1, 'lemon': 2, 'raven': 3, 'pearl': 3, 'walnut': 1, 'pepper': 2, 'ember': 2, 'meadow': 1},), {3: ['brick', 'raven', 'pearl'], 1: ['lotus', 'walnut', 'meadow'], 2: ['lemon', 'pepper', 'ember']}), (({'brick': 3, 'sunny': 3, 'harbor': 1, 'saddle': 1, 'coral': 3},), {3: ['brick', 'sunny', 'coral'], 1: ['harbor', 'saddle']}), (({'ember': 1, 'garnet': 3},), {1: ['ember'], 3: ['garnet']}), (({'pearl': 2, 'maple': 2, 'island': 1, 'lemon': 1, 'tiger': 2, 'lantern': 1},), {2: ['pearl', 'maple', 'tiger'], 1: ['island', 'lemon', 'lantern']})]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'shared_reverse_lookup'
CASES = [(({'jasper': 2, 'frost': 1, 'cedar': 2},), {}), (({'island': 3, 'frost': 2, 'garnet': 1, 'river': 1, 'raven': 1, 'lantern': 1, 'brick': 1, 'sunny': 1},), {1: ['brick', 'garnet', 'lantern', 'raven', 'river', 'sunny']}), (({'jasper': 2, 'coral': 3, 'willow': 3, 'lotus': 3, 'cedar': 2, 'olive': 3, 'apple': 2, 'quartz': 3, 'garnet': 1},), {2: ['apple', 'cedar', 'jasper'], 3: ['coral', 'lotus', 'olive', 'quartz', 'willow']}), (({'timber': 2, 'ember': 2, 'quartz': 3, 'coral': 3, 'stone': 3, 'saddle': 2},), {2: ['ember', 'saddle', 'timber'], 3: ['coral', 'quartz', 'stone']}), (({'stone': 2, 'timber': 3, 'lotus': 2, 'delta': 2, 'island': 3, 'garnet': 3, 'mango': 3},), {2: ['delta', 'lotus', 'stone'], 3: ['garnet', 'island', 'mango', 'timber']}), (({'harbor': 2, 'nectar': 2, 'brick': 3, 'delta': 2, 'saddle': 2, 'garnet': 3, 'meadow': 3},), {2: ['delta', 'harbor', 'nectar', 'saddle'], 3: ['brick', 'garnet', 'meadow']}), (({'kettle': 2, 'timber': 3, 'river': 1, 'orchid': 2, 'frost': 3, 'sunny': 3, 'jasper': 1, 'cedar': 1},), {3: ['frost', 'sunny', 'timber'], 1: ['cedar', 'jasper', 'river']}), (({'lemon': 2, 'meadow': 2, 'stone': 1, 'cloud': 3, 'lantern': 2, 'river': 1, 'walnut': 3, 'garnet': 3, 'pearl': 2},), {2: ['lantern', 'lemon', 'meadow', 'pearl'], 3: ['cloud', 'garnet', 'walnut']})]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'shared_swap'
CASES = [(({'quartz': 1, 'sunny': 2, 'amber': 2, 'harbor': 1, 'cobalt': 3},), {}), (({'lemon': 2, 'meadow': 2, 'stone': 1, 'cloud': 3, 'lantern': 2, 'river': 1, 'walnut': 3, 'garnet': 3, 'pearl': 2},), {2: ['lantern', 'lemon', 'meadow', 'pearl'], 3: ['cloud', 'garnet', 'walnut']}), (({'orchid': 2, 'kettle': 1, 'cobalt': 1, 'lantern': 3, 'delta': 1, 'saddle': 2, 'nectar': 1, 'island': 2, 'garnet': 1},), {2: ['island', 'orchid', 'saddle'], 1: ['cobalt', 'delta', 'garnet', 'kettle', 'nectar']}), (({'stone': 2, 'timber': 3, 'lotus': 2, 'delta': 2, 'island': 3, 'garnet': 3, 'mango': 3},), {2: ['delta', 'lotus', 'stone'], 3: ['garnet', 'island', 'mango', 'timber']}), (({'saddle': 2, 'lantern': 1, 'cloud': 3, 'kettle': 3, 'island': 3},), {3: ['cloud', 'island', 'kettle']}), (({'jasper': 1, 'island': 3, 'river': 2, 'delta': 3, 'lantern': 1, 'stone': 3, 'kettle': 1, 'velvet': 1},), {1: ['jasper', 'kettle', 'lantern', 'velvet'], 3: ['delta', 'island', 'stone']}), (({'jasper': 2, 'coral': 3, 'willow': 3, 'lotus': 3, 'cedar': 2, 'olive': 3, 'apple': 2, 'quartz': 3, 'garnet': 1},), {2: ['apple', 'cedar', 'jasper'], 3: ['coral', 'lotus', 'olive', 'quartz', 'willow']}), (({'harbor': 2, 'brick': 2, 'ember': 3, 'amber': 1, 'delta': 3, 'cobalt': 1, 'maple': 1, 'orchid': 2},), {2: ['brick', 'harbor', 'orchid'], 1: ['amber', 'cobalt', 'maple']})]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'group_swap'
CASES = [(({},), {}), (({'nectar': 3, 'coral': 3, 'kettle': 3},), {3: ['nectar', 'coral', 'kettle']}), (({'quartz': 1, 'lantern': 3, 'brick': 2, 'delta': 1},), {1: ['quartz', 'delta'], 3: ['lantern'], 2: ['brick']}), (({'mango': 1, 'timber': 2, 'amber': 1, 'cedar': 2},), {1: ['mango', 'amber'], 2: ['timber', 'cedar']}), (({'ember': 1, 'amber': 1, 'willow': 2},), {1: ['ember', 'amber'], 2: ['willow']}), (({'saddle': 3, 'river': 3, 'pearl': 1},), {3: ['saddle', 'river'], 1: ['pearl']}), (({'frost': 3, 'apple': 2, 'nectar': 1},), {3: ['frost'], 2: ['apple'], 1: ['nectar']}), (({'nectar': 2, 'walnut': 1},), {2: ['nectar'], 1: ['walnut']})]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'group_invert'
CASES = [(({},), {}), (({'quartz': 1, 'pepper': 3, 'lotus': 1, 'frost': 3},), {1: ['quartz', 'lotus'], 3: ['pepper', 'frost']}), (({'pepper': 3, 'saddle': 1, 'tiger': 1, 'maple': 1, 'cedar': 1, 'mango': 1, 'jasper': 1, 'ember': 3},), {3: ['pepper', 'ember'], 1: ['saddle', 'tiger', 'maple', 'cedar', 'mango', 'jasper']}), (({'frost': 2, 'lantern': 2, 'cedar': 3, 'tiger': 2},), {2: ['frost', 'lantern', 'tiger'], 3: ['cedar']}), (({'garnet': 1, 'willow': 1, 'saddle': 1, 'delta': 1, 'river': 3},), {1: ['garnet', 'willow', 'saddle', 'delta'], 3: ['river']}), (({'lantern': 1, 'harbor': 1, 'timber': 2, 'nectar': 1, 'walnut': 3, 'saddle': 2, 'cloud': 1, 'maple': 2},), {1: ['lantern', 'harbor', 'nectar', 'cloud'], 2: ['timber', 'saddle', 'maple'], 3: ['walnut']}), (({'saddle': 3, 'tiger': 3, 'cloud': 1, 'nectar': 1, 'timber': 3, 'lotus': 1, 'delta': 1, 'orchid': 2},), {3: ['saddle', 'tiger', 'timber'], 1: ['cloud', 'nectar', 'lotus', 'delta'], 2: ['orchid']}), (({'falcon': 2, 'coral': 3, 'timber': 3, 'apple': 3, 'cloud': 2, 'willow': 1, 'harbor': 1, 'jasper': 3},), {2: ['falcon', 'cloud'], 3: ['coral', 'timber', 'apple', 'jasper'], 1: ['willow', 'harbor']})]
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

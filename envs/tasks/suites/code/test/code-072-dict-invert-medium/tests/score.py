"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'group_flip'
CASES = [(({},), {}), (({'stone': 2, 'frost': 1},), {2: ['stone'], 1: ['frost']}), (({'kettle': 1, 'velvet': 1, 'cloud': 3, 'river': 2},), {1: ['kettle', 'velvet'], 3: ['cloud'], 2: ['river']}), (({'apple': 2, 'kettle': 1, 'cedar': 3, 'lemon': 1, 'pearl': 3, 'frost': 3},), {2: ['apple'], 1: ['kettle', 'lemon'], 3: ['cedar', 'pearl', 'frost']}), (({'meadow': 2, 'cedar': 1, 'amber': 1, 'tiger': 3},), {2: ['meadow'], 1: ['cedar', 'amber'], 3: ['tiger']}), (({'maple': 2, 'cedar': 1, 'raven': 1, 'island': 2},), {2: ['maple', 'island'], 1: ['cedar', 'raven']}), (({'saddle': 1, 'ember': 1, 'orchid': 2, 'falcon': 3, 'walnut': 3, 'cobalt': 2, 'cloud': 1},), {1: ['saddle', 'ember', 'cloud'], 2: ['orchid', 'cobalt'], 3: ['falcon', 'walnut']}), (({'amber': 1, 'velvet': 1, 'coral': 2, 'delta': 2, 'stone': 2, 'olive': 3, 'brick': 3},), {1: ['amber', 'velvet'], 2: ['coral', 'delta', 'stone'], 3: ['olive', 'brick']})]
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

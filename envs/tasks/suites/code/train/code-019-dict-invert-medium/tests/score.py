"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'group_reverse_lookup'
CASES = [(({},), {}), (({'mango': 2, 'orchid': 2, 'brick': 1, 'pepper': 3, 'river': 3},), {2: ['mango', 'orchid'], 1: ['brick'], 3: ['pepper', 'river']}), (({'lemon': 1, 'ember': 3, 'lantern': 3, 'tiger': 1, 'olive': 3, 'raven': 2, 'brick': 3, 'maple': 3},), {1: ['lemon', 'tiger'], 3: ['ember', 'lantern', 'olive', 'brick', 'maple'], 2: ['raven']}), (({'timber': 3, 'island': 2, 'sunny': 3, 'raven': 1, 'quartz': 1, 'amber': 3, 'brick': 3, 'delta': 3, 'cloud': 3},), {3: ['timber', 'sunny', 'amber', 'brick', 'delta', 'cloud'], 2: ['island'], 1: ['raven', 'quartz']}), (({'orchid': 2, 'walnut': 3, 'delta': 1},), {2: ['orchid'], 3: ['walnut'], 1: ['delta']}), (({'garnet': 3, 'cedar': 2, 'lemon': 3, 'quartz': 2, 'jasper': 1, 'cloud': 1},), {3: ['garnet', 'lemon'], 2: ['cedar', 'quartz'], 1: ['jasper', 'cloud']}), (({'brick': 1, 'saddle': 2, 'tiger': 2},), {1: ['brick'], 2: ['saddle', 'tiger']}), (({'coral': 1, 'cobalt': 3, 'delta': 1, 'quartz': 2},), {1: ['coral', 'delta'], 3: ['cobalt'], 2: ['quartz']})]
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

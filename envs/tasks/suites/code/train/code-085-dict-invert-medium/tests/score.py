"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'group_reverse_lookup'
CASES = [(({},), {}), (({'lotus': 3, 'pepper': 3, 'kettle': 3, 'velvet': 1, 'mango': 1, 'island': 2, 'cloud': 1, 'cedar': 2},), {3: ['lotus', 'pepper', 'kettle'], 1: ['velvet', 'mango', 'cloud'], 2: ['island', 'cedar']}), (({'olive': 2, 'stone': 1, 'meadow': 3, 'ember': 2, 'sunny': 1, 'cobalt': 3, 'velvet': 2, 'raven': 1},), {2: ['olive', 'ember', 'velvet'], 1: ['stone', 'sunny', 'raven'], 3: ['meadow', 'cobalt']}), (({'harbor': 2, 'pearl': 3, 'amber': 3, 'cobalt': 2, 'raven': 1, 'maple': 3, 'lotus': 1},), {2: ['harbor', 'cobalt'], 3: ['pearl', 'amber', 'maple'], 1: ['raven', 'lotus']}), (({'meadow': 3, 'quartz': 1, 'coral': 2, 'garnet': 1, 'orchid': 1, 'stone': 1, 'cedar': 2, 'delta': 2},), {3: ['meadow'], 1: ['quartz', 'garnet', 'orchid', 'stone'], 2: ['coral', 'cedar', 'delta']}), (({'falcon': 3, 'saddle': 3, 'cedar': 3},), {3: ['falcon', 'saddle', 'cedar']}), (({'river': 3, 'stone': 2, 'walnut': 1, 'lotus': 2, 'harbor': 2, 'jasper': 2, 'willow': 3},), {3: ['river', 'willow'], 2: ['stone', 'lotus', 'harbor', 'jasper'], 1: ['walnut']}), (({'saddle': 1, 'delta': 3, 'lemon': 1, 'amber': 2, 'cedar': 2},), {1: ['saddle', 'lemon'], 3: ['delta'], 2: ['amber', 'cedar']})]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'shared_swap'
CASES = [(({'cedar': 1, 'amber': 1},), {}), (({'coral': 2, 'tiger': 2, 'pearl': 3, 'walnut': 3, 'mango': 1, 'lotus': 1, 'kettle': 1, 'harbor': 1},), {1: ['harbor', 'kettle', 'lotus', 'mango']}), (({'cloud': 3, 'kettle': 2, 'quartz': 1, 'cedar': 1, 'amber': 1, 'saddle': 2, 'orchid': 3},), {1: ['amber', 'cedar', 'quartz']}), (({'kettle': 3, 'stone': 3, 'quartz': 1, 'harbor': 1, 'maple': 1, 'garnet': 2},), {1: ['harbor', 'maple', 'quartz']}), (({'orchid': 3, 'frost': 1, 'amber': 2, 'coral': 2, 'quartz': 2, 'harbor': 1, 'island': 1, 'meadow': 3, 'lemon': 2},), {1: ['frost', 'harbor', 'island'], 2: ['amber', 'coral', 'lemon', 'quartz']}), (({'olive': 2, 'harbor': 3, 'delta': 3, 'frost': 1, 'willow': 3, 'cobalt': 1},), {3: ['delta', 'harbor', 'willow']}), (({'river': 3, 'cedar': 3, 'lantern': 1, 'cobalt': 3, 'quartz': 1, 'lemon': 3, 'lotus': 1, 'kettle': 2, 'willow': 2},), {3: ['cedar', 'cobalt', 'lemon', 'river'], 1: ['lantern', 'lotus', 'quartz']}), (({'velvet': 1, 'ember': 2, 'pepper': 1, 'cloud': 2, 'nectar': 1, 'sunny': 1, 'falcon': 1, 'lotus': 3},), {1: ['falcon', 'nectar', 'pepper', 'sunny', 'velvet']})]
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

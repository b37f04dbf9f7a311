"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'group_reverse_lookup'
CASES = [(({},), {}), (({'lotus': 2, 'river': 3, 'apple': 1, 'amber': 2, 'cobalt': 1, 'pearl': 3, 'cloud': 2, 'jasper': 2, 'brick': 3},), {2: ['lotus', 'amber', 'cloud', 'jasper'], 3: ['river', 'pearl', 'brick'], 1: ['apple', 'cobalt']}), (({'saddle': 3, 'river': 1, 'lotus': 1, 'maple': 2, 'cedar': 2, 'orchid': 3, 'lantern': 1},), {3: ['saddle', 'orchid'], 1: ['river', 'lotus', 'lantern'], 2: ['maple', 'cedar']}), (({'nectar': 3, 'cedar': 2, 'amber': 3, 'frost': 3, 'raven': 2, 'maple': 1, 'pepper': 1, 'delta': 1, 'apple': 1},), {3: ['nectar', 'amber', 'frost'], 2: ['cedar', 'raven'], 1: ['maple', 'pepper', 'delta', 'apple']}), (({'frost': 1, 'pearl': 2, 'cedar': 2, 'stone': 3, 'garnet': 3, 'lantern': 3},), {1: ['frost'], 2: ['pearl', 'cedar'], 3: ['stone', 'garnet', 'lantern']}), (({'delta': 1, 'willow': 1, 'harbor': 1, 'orchid': 1, 'lotus': 1, 'lantern': 3, 'tiger': 2},), {1: ['delta', 'willow', 'harbor', 'orchid', 'lotus'], 3: ['lantern'], 2: ['tiger']}), (({'frost': 1, 'cedar': 2},), {1: ['frost'], 2: ['cedar']}), (({'lotus': 2, 'quartz': 1, 'stone': 1, 'kettle': 1, 'maple': 3, 'cloud': 3},), {2: ['lotus'], 1: ['quartz', 'stone', 'kettle'], 3: ['maple', 'cloud']})]
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

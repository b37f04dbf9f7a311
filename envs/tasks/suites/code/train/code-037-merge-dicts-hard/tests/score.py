"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'common_merge'
CASES = [(({}, {}), {}), (({'saddle': 26, 'meadow': 27, 'falcon': 22, 'raven': 87}, {'willow': 64, 'frost': 85, 'harbor': 12, 'garnet': 47, 'meadow': 11, 'saddle': 1}), {'saddle': 27, 'meadow': 38}), (({'river': 61, 'maple': 52, 'delta': 45}, {'lemon': 50, 'pepper': 92, 'garnet': 35, 'delta': 41, 'river': 46}), {'river': 107, 'delta': 86}), (({'cedar': 87, 'river': 65, 'orchid': 94, 'delta': 78}, {'cloud': 75, 'lemon': 83, 'orchid': 31, 'delta': 26}), {'orchid': 125, 'delta': 104}), (({'falcon': 38, 'amber': 93, 'apple': 75, 'delta': 90, 'maple': 33}, {'harbor': 22, 'amber': 41, 'falcon': 43, 'maple': 62}), {'falcon': 81, 'amber': 134, 'maple': 95}), (({'brick': 72}, {'mango': 9, 'apple': 65, 'brick': 27}), {'brick': 99}), (({'meadow': 20, 'timber': 65, 'ember': 87, 'maple': 66, 'velvet': 63}, {'falcon': 44, 'maple': 48, 'meadow': 31}), {'meadow': 51, 'maple': 114}), (({'garnet': 76, 'lantern': 36, 'mango': 28}, {'falcon': 54, 'nectar': 34, 'cloud': 82, 'apple': 69, 'delta': 61, 'garnet': 75, 'mango': 60}), {'garnet': 151, 'mango': 88})]
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

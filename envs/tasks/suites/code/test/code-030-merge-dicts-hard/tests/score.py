"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'common_join_dicts'
CASES = [(({}, {}), {}), (({'walnut': 76, 'delta': 18, 'meadow': 19, 'orchid': 40}, {'lantern': 5, 'cedar': 17, 'harbor': 30, 'stone': 57, 'tiger': 94, 'meadow': 81, 'walnut': 67}), {'walnut': 9, 'meadow': -62}), (({'delta': 1, 'nectar': 60, 'mango': 73}, {'walnut': 1, 'maple': 41, 'pearl': 56, 'river': 6, 'delta': 38, 'mango': 44}), {'delta': -37, 'mango': 29}), (({'orchid': 30}, {'coral': 6, 'frost': 81, 'garnet': 83, 'olive': 59, 'orchid': 86}), {'orchid': -56}), (({'raven': 35, 'pearl': 27, 'saddle': 79, 'harbor': 30}, {'quartz': 77, 'garnet': 39, 'cedar': 17, 'saddle': 82, 'pearl': 41}), {'pearl': -14, 'saddle': -3}), (({'garnet': 29, 'maple': 50, 'jasper': 51, 'lemon': 16, 'raven': 90}, {'velvet': 43, 'harbor': 75, 'tiger': 52, 'olive': 79, 'maple': 91, 'garnet': 50}), {'garnet': -21, 'maple': -41}), (({'sunny': 38, 'coral': 19}, {'pepper': 31, 'harbor': 14, 'maple': 89, 'falcon': 86, 'coral': 28, 'sunny': 59}), {'sunny': -21, 'coral': -9}), (({'cobalt': 91, 'coral': 30, 'ember': 61}, {'lotus': 31, 'harbor': 47, 'orchid': 78, 'cobalt': 34, 'ember': 65}), {'cobalt': 57, 'ember': -4})]
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

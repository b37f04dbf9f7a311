"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'above'
CASES = [(({},), {}), (({'maple': 12, 'olive': 95, 'orchid': 51},), {'olive': 95, 'orchid': 51}), (({'walnut': 76, 'lotus': 60, 'willow': 78, 'cobalt': 3},), {'walnut': 76, 'lotus': 60, 'willow': 78}), (({'tiger': 59, 'falcon': 14, 'saddle': 52, 'brick': 6},), {'tiger': 59, 'saddle': 52}), (({'nectar': 95, 'jasper': 32, 'apple': 88, 'kettle': 42, 'tiger': 49, 'saddle': 44, 'falcon': 55, 'olive': 48},), {'nectar': 95, 'jasper': 32, 'apple': 88, 'kettle': 42, 'tiger': 49, 'saddle': 44, 'falcon': 55, 'olive': 48}), (({'lotus': 93, 'meadow': 80, 'river': 24, 'frost': 29, 'jasper': 61},), {'lotus': 93, 'meadow': 80, 'river': 24, 'frost': 29, 'jasper': 61}), (({'coral': 66, 'saddle': 25, 'island': 85, 'frost': 86},), {'coral': 66, 'saddle': 25, 'island': 85, 'frost': 86}), (({'garnet': 10, 'raven': 25, 'walnut': 44, 'coral': 81, 'mango': 35, 'delta': 37},), {'raven': 25, 'walnut': 44, 'coral': 81, 'mango': 35, 'delta': 37})]
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

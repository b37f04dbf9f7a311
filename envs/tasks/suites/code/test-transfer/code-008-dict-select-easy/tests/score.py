"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'above'
CASES = [(({'harbor': 31, 'saddle': 12},), {}), (({'walnut': 8, 'apple': 84},), {'apple': 84}), (({'nectar': 49, 'pepper': 54},), {'nectar': 49, 'pepper': 54}), (({'harbor': 60, 'jasper': 84},), {'harbor': 60, 'jasper': 84}), (({'tiger': 74, 'island': 5, 'amber': 55, 'coral': 60, 'harbor': 37, 'frost': 28, 'orchid': 12},), {'tiger': 74, 'amber': 55, 'coral': 60, 'harbor': 37}), (({'raven': 68, 'cobalt': 20, 'harbor': 51, 'willow': 94},), {'raven': 68, 'harbor': 51, 'willow': 94}), (({'mango': 15, 'quartz': 84, 'velvet': 83, 'meadow': 85},), {'quartz': 84, 'velvet': 83, 'meadow': 85}), (({'garnet': 45, 'maple': 22, 'brick': 10, 'frost': 8},), {'garnet': 45})]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'keep_large'
CASES = [(({},), {}), (({'amber': 55, 'timber': 44, 'cobalt': 68, 'falcon': 93, 'jasper': 40},), {'amber': 55, 'timber': 44, 'cobalt': 68, 'falcon': 93}), (({'delta': 62, 'walnut': 52, 'cedar': 38, 'maple': 17, 'falcon': 64, 'mango': 89, 'saddle': 95, 'harbor': 65},), {'delta': 62, 'walnut': 52, 'falcon': 64, 'mango': 89, 'saddle': 95, 'harbor': 65}), (({'nectar': 44, 'cloud': 84, 'maple': 22, 'delta': 14, 'harbor': 37, 'river': 36, 'mango': 39},), {'nectar': 44, 'cloud': 84}), (({'lotus': 26, 'frost': 95, 'amber': 42, 'falcon': 93, 'garnet': 40, 'jasper': 26, 'cedar': 30},), {'frost': 95, 'amber': 42, 'falcon': 93}), (({'brick': 22, 'apple': 28, 'orchid': 39, 'tiger': 86, 'lotus': 39},), {'tiger': 86}), (({'coral': 55, 'walnut': 26, 'mango': 77, 'brick': 90, 'orchid': 28, 'lotus': 90, 'velvet': 93, 'river': 56},), {'coral': 55, 'mango': 77, 'brick': 90, 'lotus': 90, 'velvet': 93, 'river': 56}), (({'lemon': 82, 'delta': 5, 'cedar': 36},), {'lemon': 82})]
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

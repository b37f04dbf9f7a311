"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'pick_key'
CASES = [(({'raven': 95, 'walnut': 14, 'orchid': 59, 'cobalt': 73, 'pearl': 72},), 'walnut'), (({'walnut': 62, 'velvet': 96, 'willow': 50, 'amber': 88, 'jasper': 72, 'lantern': 18},), 'lantern'), (({'falcon': 96, 'mango': 54, 'quartz': 78, 'pearl': 31, 'saddle': 50, 'cloud': 85, 'frost': 76, 'stone': 39},), 'pearl'), (({'pepper': 88, 'cedar': 25},), 'cedar'), (({'lotus': 31, 'frost': 54, 'delta': 20, 'lemon': 75, 'pearl': 37, 'falcon': 39, 'olive': 75},), 'delta'), (({'coral': 19, 'saddle': 54, 'harbor': 53, 'nectar': 89, 'timber': 16, 'sunny': 36},), 'timber'), (({'nectar': 18, 'kettle': 30, 'timber': 52, 'amber': 51},), 'nectar'), (({'apple': 64, 'willow': 15, 'cloud': 66},), 'willow')]
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

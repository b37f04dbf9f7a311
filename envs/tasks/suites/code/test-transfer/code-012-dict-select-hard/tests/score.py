"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'pick_key'
CASES = [(({'meadow': 80, 'raven': 76, 'walnut': 37},), 'walnut'), (({'lotus': 73, 'cobalt': 1, 'pearl': 48, 'meadow': 41, 'timber': 27, 'mango': 23, 'brick': 58, 'orchid': 83},), 'cobalt'), (({'orchid': 86, 'cloud': 63},), 'cloud'), (({'delta': 60, 'amber': 5},), 'amber'), (({'harbor': 80, 'falcon': 33, 'ember': 77, 'lemon': 54, 'willow': 85},), 'falcon'), (({'cedar': 87, 'lantern': 64, 'tiger': 6, 'walnut': 13, 'olive': 59},), 'tiger'), (({'sunny': 81, 'raven': 57, 'amber': 21, 'meadow': 35, 'walnut': 30, 'olive': 6, 'brick': 10, 'cobalt': 36},), 'olive'), (({'cobalt': 78, 'willow': 57, 'coral': 1, 'lantern': 23, 'olive': 42, 'timber': 52},), 'coral')]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'largest_key'
CASES = [(({'willow': 14, 'brick': 59, 'island': 17, 'timber': 84, 'amber': 37, 'cloud': 99},), 'cloud'), (({'maple': 15, 'coral': 18, 'island': 38, 'sunny': 37, 'apple': 21, 'brick': 1},), 'island'), (({'falcon': 91, 'lotus': 40, 'olive': 78, 'pepper': 11, 'apple': 92, 'quartz': 81, 'velvet': 73, 'willow': 60},), 'apple'), (({'kettle': 45, 'tiger': 97, 'garnet': 29, 'timber': 42, 'meadow': 87, 'frost': 16, 'velvet': 34},), 'tiger'), (({'harbor': 45, 'pearl': 16, 'brick': 61, 'olive': 46, 'garnet': 44, 'willow': 95, 'kettle': 79},), 'willow'), (({'amber': 50, 'falcon': 3, 'olive': 47, 'mango': 46, 'stone': 70, 'meadow': 32, 'lantern': 90, 'pearl': 8},), 'lantern'), (({'raven': 10, 'river': 44, 'island': 56, 'walnut': 66, 'brick': 92, 'falcon': 42, 'mango': 18, 'delta': 97},), 'delta'), (({'mango': 1, 'lemon': 20, 'jasper': 10, 'kettle': 23, 'amber': 60},), 'amber')]
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

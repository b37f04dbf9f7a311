"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'join_dicts'
CASES = [(({}, {}), {}), (({'velvet': 50, 'ember': 99, 'lemon': 1, 'orchid': 91, 'tiger': 47}, {'apple': 95, 'velvet': 53, 'river': 65, 'brick': 12, 'tiger': 22}), {'velvet': 103, 'ember': 99, 'lemon': 1, 'orchid': 91, 'tiger': 69, 'apple': 95, 'river': 65, 'brick': 12}), (({'pearl': 56, 'kettle': 89, 'cloud': 20}, {'island': 54, 'sunny': 90, 'kettle': 95, 'pearl': 63}), {'pearl': 119, 'kettle': 184, 'cloud': 20, 'island': 54, 'sunny': 90}), (({'cloud': 94, 'quartz': 35, 'maple': 58}, {'velvet': 38, 'maple': 66, 'meadow': 50, 'saddle': 41, 'cobalt': 5, 'cloud': 24}), {'cloud': 118, 'quartz': 35, 'maple': 124, 'velvet': 38, 'meadow': 50, 'saddle': 41, 'cobalt': 5}), (({'island': 36, 'mango': 10, 'lantern': 57}, {'amber': 35, 'willow': 72, 'pepper': 28, 'island': 95, 'lantern': 44}), {'island': 131, 'mango': 10, 'lantern': 101, 'amber': 35, 'willow': 72, 'pepper': 28}), (({'delta': 35, 'saddle': 82}, {'coral': 27, 'willow': 10, 'delta': 51, 'saddle': 68}), {'delta': 86, 'saddle': 150, 'coral': 27, 'willow': 10}), (({'raven': 55, 'amber': 99, 'frost': 33, 'olive': 70}, {'pearl': 66, 'kettle': 55, 'garnet': 64, 'cobalt': 27, 'cedar': 1, 'amber': 94, 'olive': 86}), {'raven': 55, 'amber': 193, 'frost': 33, 'olive': 156, 'pearl': 66, 'kettle': 55, 'garnet': 64, 'cobalt': 27, 'cedar': 1}), (({'timber': 17, 'cobalt': 45}, {'falcon': 61, 'timber': 80, 'cobalt': 60}), {'timber': 97, 'cobalt': 105, 'falcon': 61})]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'join_dicts'
CASES = [(({}, {}), {}), (({'cobalt': 1, 'mango': 3, 'pepper': 34}, {'maple': 96, 'raven': 26, 'stone': 55, 'velvet': 25, 'cobalt': 37, 'mango': 54}), {'cobalt': 38, 'mango': 57, 'pepper': 34, 'maple': 96, 'raven': 26, 'stone': 55, 'velvet': 25}), (({'cobalt': 55, 'coral': 38}, {'willow': 83, 'island': 17, 'maple': 9, 'kettle': 54, 'river': 29, 'coral': 77, 'cobalt': 18}), {'cobalt': 73, 'coral': 115, 'willow': 83, 'island': 17, 'maple': 9, 'kettle': 54, 'river': 29}), (({'mango': 61, 'lotus': 30, 'cloud': 16}, {'nectar': 40, 'delta': 70, 'mango': 87, 'kettle': 30, 'quartz': 11, 'lotus': 91, 'cloud': 71}), {'mango': 148, 'lotus': 121, 'cloud': 87, 'nectar': 40, 'delta': 70, 'kettle': 30, 'quartz': 11}), (({'raven': 59, 'olive': 42, 'lotus': 96}, {'walnut': 74, 'pepper': 57, 'olive': 4, 'raven': 88}), {'raven': 147, 'olive': 46, 'lotus': 96, 'walnut': 74, 'pepper': 57}), (({'raven': 17, 'brick': 97, 'delta': 32, 'cloud': 92}, {'cobalt': 29, 'frost': 20, 'jasper': 56, 'delta': 75, 'lotus': 86, 'brick': 13}), {'raven': 17, 'brick': 110, 'delta': 107, 'cloud': 92, 'cobalt': 29, 'frost': 20, 'jasper': 56, 'lotus': 86}), (({'kettle': 43, 'nectar': 50, 'tiger': 83}, {'pearl': 57, 'harbor': 70, 'walnut': 51, 'cloud': 17, 'falcon': 98, 'kettle': 46, 'tiger': 76}), {'kettle': 89, 'nectar': 50, 'tiger': 159, 'pearl': 57, 'harbor': 70, 'walnut': 51, 'cloud': 17, 'falcon': 98}), (({'brick': 96}, {'apple': 95, 'nectar': 59, 'harbor': 63, 'brick': 97}), {'brick': 193, 'apple': 95, 'nectar': 59, 'harbor': 63})]
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

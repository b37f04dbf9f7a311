"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'overlay'
CASES = [(({}, {}), {}), (({'tiger': 92, 'cedar': 81, 'island': 19, 'pearl': 16}, {'quartz': 58, 'stone': 70, 'island': 9, 'pearl': 97}), {'quartz': 58, 'stone': 70, 'island': 19, 'pearl': 16, 'tiger': 92, 'cedar': 81}), (({'kettle': 58, 'delta': 69, 'amber': 53, 'river': 36, 'walnut': 33}, {'saddle': 77, 'amber': 64, 'kettle': 55}), {'saddle': 77, 'amber': 53, 'kettle': 58, 'delta': 69, 'river': 36, 'walnut': 33}), (({'frost': 48, 'delta': 35, 'willow': 6}, {'walnut': 49, 'falcon': 78, 'lotus': 66, 'apple': 11, 'willow': 89, 'frost': 27}), {'walnut': 49, 'falcon': 78, 'lotus': 66, 'apple': 11, 'willow': 6, 'frost': 48, 'delta': 35}), (({'apple': 91, 'brick': 74, 'ember': 26, 'harbor': 34}, {'sunny': 18, 'apple': 15, 'harbor': 28}), {'sunny': 18, 'apple': 91, 'harbor': 34, 'brick': 74, 'ember': 26}), (({'amber': 7}, {'brick': 35, 'olive': 61, 'amber': 10}), {'brick': 35, 'olive': 61, 'amber': 7}), (({'coral': 77}, {'walnut': 1, 'jasper': 47, 'harbor': 38, 'brick': 36, 'coral': 98}), {'walnut': 1, 'jasper': 47, 'harbor': 38, 'brick': 36, 'coral': 77}), (({'falcon': 29, 'island': 95, 'river': 35}, {'velvet': 4, 'river': 75, 'falcon': 96}), {'velvet': 4, 'river': 35, 'falcon': 29, 'island': 95})]
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

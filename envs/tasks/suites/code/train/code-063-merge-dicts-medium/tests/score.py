"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'merge'
CASES = [(({}, {}), {}), (({'ember': 51, 'nectar': 57, 'falcon': 85, 'tiger': 17, 'quartz': 49}, {'kettle': 47, 'stone': 8, 'mango': 34, 'nectar': 58, 'quartz': 13}), {'ember': 51, 'nectar': 115, 'falcon': 85, 'tiger': 17, 'quartz': 62, 'kettle': 47, 'stone': 8, 'mango': 34}), (({'delta': 86, 'falcon': 97}, {'quartz': 3, 'mango': 18, 'ember': 45, 'lemon': 73, 'orchid': 92, 'falcon': 49, 'delta': 67}), {'delta': 153, 'falcon': 146, 'quartz': 3, 'mango': 18, 'ember': 45, 'lemon': 73, 'orchid': 92}), (({'amber': 43, 'velvet': 26, 'maple': 1, 'kettle': 74}, {'saddle': 68, 'apple': 19, 'nectar': 50, 'amber': 49, 'maple': 55}), {'amber': 92, 'velvet': 26, 'maple': 56, 'kettle': 74, 'saddle': 68, 'apple': 19, 'nectar': 50}), (({'pearl': 11, 'lantern': 49, 'cloud': 93, 'falcon': 63, 'orchid': 5}, {'walnut': 28, 'delta': 37, 'lantern': 26, 'nectar': 53, 'falcon': 11}), {'pearl': 11, 'lantern': 75, 'cloud': 93, 'falcon': 74, 'orchid': 5, 'walnut': 28, 'delta': 37, 'nectar': 53}), (({'olive': 18, 'raven': 91, 'frost': 16}, {'tiger': 33, 'meadow': 24, 'frost': 20, 'olive': 84}), {'olive': 102, 'raven': 91, 'frost': 36, 'tiger': 33, 'meadow': 24}), (({'timber': 61, 'kettle': 2, 'tiger': 12}, {'walnut': 74, 'kettle': 25, 'tiger': 25}), {'timber': 61, 'kettle': 27, 'tiger': 37, 'walnut': 74}), (({'pepper': 63, 'walnut': 57, 'harbor': 76, 'orchid': 67, 'mango': 65}, {'pearl': 42, 'cobalt': 28, 'velvet': 41, 'ember': 48, 'walnut': 68, 'harbor': 86}), {'pepper': 63, 'walnut': 125, 'harbor': 162, 'orchid': 67, 'mango': 65, 'pearl': 42, 'cobalt': 28, 'velvet': 41, 'ember': 48})]
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

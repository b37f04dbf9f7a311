"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'select_keys'
CASES = [(({},), []), (({'kettle': 49, 'velvet': 72, 'apple': 65, 'meadow': 6, 'quartz': 65},), ['apple', 'kettle', 'quartz', 'velvet']), (({'falcon': 97, 'timber': 56, 'lantern': 42, 'maple': 68, 'nectar': 86, 'stone': 2, 'harbor': 99, 'frost': 82},), ['falcon', 'frost', 'harbor', 'lantern', 'maple', 'nectar', 'timber']), (({'tiger': 75, 'frost': 53, 'raven': 44, 'mango': 76, 'walnut': 92, 'timber': 78, 'velvet': 85, 'sunny': 47},), ['frost', 'mango', 'raven', 'sunny', 'tiger', 'timber', 'velvet', 'walnut']), (({'lotus': 31, 'walnut': 62, 'meadow': 38, 'pearl': 49, 'lantern': 50, 'velvet': 6, 'kettle': 79},), ['kettle', 'lantern', 'lotus', 'meadow', 'pearl', 'walnut']), (({'sunny': 48, 'walnut': 74, 'orchid': 27, 'maple': 92, 'nectar': 14, 'brick': 89},), ['brick', 'maple', 'sunny', 'walnut']), (({'timber': 95, 'nectar': 97, 'cedar': 91, 'river': 76, 'island': 46, 'frost': 31},), ['cedar', 'frost', 'island', 'nectar', 'river', 'timber']), (({'lemon': 86, 'tiger': 46},), ['lemon', 'tiger'])]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'select_keys'
CASES = [(({},), []), (({'lotus': 97, 'willow': 58, 'cloud': 22, 'kettle': 93, 'walnut': 83, 'meadow': 21, 'delta': 79, 'garnet': 60},), ['delta', 'garnet', 'kettle', 'lotus', 'walnut', 'willow']), (({'delta': 79, 'velvet': 77, 'orchid': 64, 'frost': 22, 'pearl': 81, 'mango': 55},), ['delta', 'orchid', 'pearl', 'velvet']), (({'river': 18, 'cloud': 6, 'olive': 51, 'nectar': 51, 'coral': 20, 'willow': 44, 'lotus': 83, 'stone': 66},), ['lotus', 'stone']), (({'timber': 50, 'pepper': 44, 'willow': 97, 'stone': 39, 'lantern': 41, 'saddle': 59, 'kettle': 17, 'brick': 27},), ['saddle', 'willow']), (({'tiger': 50, 'olive': 53, 'velvet': 80, 'frost': 77},), ['frost', 'velvet']), (({'orchid': 31, 'pepper': 8, 'garnet': 88, 'maple': 62, 'apple': 22, 'lotus': 49, 'saddle': 97, 'cobalt': 75},), ['cobalt', 'garnet', 'maple', 'saddle']), (({'falcon': 82, 'sunny': 75},), ['falcon', 'sunny'])]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'combine'
CASES = [(({}, {}), {}), (({'sunny': 73, 'falcon': 68, 'coral': 4}, {'ember': 61, 'cedar': 82, 'sunny': 40, 'coral': 35}), {'ember': 61, 'cedar': 82, 'sunny': 73, 'coral': 4, 'falcon': 68}), (({'harbor': 2}, {'tiger': 33, 'harbor': 34}), {'tiger': 33, 'harbor': 2}), (({'meadow': 51}, {'cloud': 46, 'willow': 83, 'cedar': 65, 'meadow': 11}), {'cloud': 46, 'willow': 83, 'cedar': 65, 'meadow': 51}), (({'mango': 59, 'saddle': 54, 'cedar': 28, 'stone': 11}, {'sunny': 88, 'lantern': 46, 'nectar': 52, 'mango': 96, 'stone': 24}), {'sunny': 88, 'lantern': 46, 'nectar': 52, 'mango': 59, 'stone': 11, 'saddle': 54, 'cedar': 28}), (({'timber': 16, 'brick': 37, 'cedar': 24, 'garnet': 93, 'pearl': 67}, {'tiger': 83, 'brick': 18, 'timber': 25}), {'tiger': 83, 'brick': 37, 'timber': 16, 'cedar': 24, 'garnet': 93, 'pearl': 67}), (({'nectar': 68, 'cobalt': 67, 'maple': 23}, {'walnut': 20, 'maple': 58, 'nectar': 15}), {'walnut': 20, 'maple': 23, 'nectar': 68, 'cobalt': 67}), (({'delta': 87, 'mango': 53}, {'stone': 2, 'delta': 60, 'mango': 92}), {'stone': 2, 'delta': 87, 'mango': 53})]
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

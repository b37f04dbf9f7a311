"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'common_merge'
CASES = [(({}, {}), {}), (({'kettle': 51, 'saddle': 74, 'cloud': 69}, {'harbor': 47, 'saddle': 54, 'kettle': 91}), {'kettle': 142, 'saddle': 128}), (({'falcon': 67}, {'jasper': 53, 'cobalt': 4, 'quartz': 28, 'falcon': 32}), {'falcon': 99}), (({'quartz': 63, 'pearl': 33, 'olive': 67, 'nectar': 27, 'lantern': 58}, {'olive': 1, 'lantern': 54, 'nectar': 47, 'lotus': 65, 'stone': 42, 'pearl': 55}), {'pearl': 88, 'olive': 68, 'nectar': 74, 'lantern': 112}), (({'kettle': 80, 'walnut': 67, 'delta': 65, 'lantern': 79}, {'falcon': 10, 'lotus': 57, 'amber': 52, 'lantern': 3, 'walnut': 21}), {'walnut': 88, 'lantern': 82}), (({'cedar': 97, 'meadow': 82, 'lemon': 72, 'velvet': 39, 'saddle': 8}, {'brick': 71, 'island': 79, 'kettle': 54, 'delta': 69, 'meadow': 63, 'saddle': 35}), {'meadow': 145, 'saddle': 43}), (({'quartz': 9, 'sunny': 63, 'brick': 71}, {'lotus': 67, 'garnet': 46, 'tiger': 23, 'amber': 21, 'quartz': 21, 'sunny': 82}), {'quartz': 30, 'sunny': 145}), (({'quartz': 58, 'cloud': 12, 'velvet': 41, 'raven': 28}, {'frost': 62, 'velvet': 57, 'quartz': 17}), {'quartz': 75, 'velvet': 98})]
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

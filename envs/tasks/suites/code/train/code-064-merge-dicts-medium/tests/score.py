"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'union'
CASES = [(({}, {}), {}), (({'raven': 87, 'quartz': 67}, {'ember': 46, 'stone': 93, 'delta': 82, 'quartz': 48, 'raven': 62}), {'raven': 149, 'quartz': 115, 'ember': 46, 'stone': 93, 'delta': 82}), (({'raven': 60}, {'nectar': 5, 'raven': 47}), {'raven': 107, 'nectar': 5}), (({'meadow': 45, 'nectar': 6}, {'pepper': 28, 'coral': 93, 'jasper': 52, 'nectar': 31, 'meadow': 6}), {'meadow': 51, 'nectar': 37, 'pepper': 28, 'coral': 93, 'jasper': 52}), (({'river': 43, 'lantern': 33}, {'lotus': 5, 'olive': 86, 'river': 98, 'island': 95, 'lantern': 46}), {'river': 141, 'lantern': 79, 'lotus': 5, 'olive': 86, 'island': 95}), (({'sunny': 75}, {'harbor': 46, 'sunny': 55}), {'sunny': 130, 'harbor': 46}), (({'cobalt': 81, 'walnut': 10, 'olive': 45, 'willow': 39}, {'apple': 67, 'walnut': 95, 'cobalt': 97}), {'cobalt': 178, 'walnut': 105, 'olive': 45, 'willow': 39, 'apple': 67}), (({'garnet': 29, 'mango': 67, 'lemon': 81}, {'frost': 64, 'mango': 70, 'garnet': 85}), {'garnet': 114, 'mango': 137, 'lemon': 81, 'frost': 64})]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'common_join_dicts'
CASES = [(({}, {}), {}), (({'coral': 22, 'orchid': 55, 'mango': 3, 'stone': 1}, {'tiger': 86, 'stone': 55, 'mango': 92}), {'mango': 95, 'stone': 56}), (({'ember': 11, 'timber': 92, 'pepper': 7, 'walnut': 46, 'cedar': 37}, {'willow': 54, 'pepper': 82, 'velvet': 63, 'olive': 17, 'timber': 60, 'ember': 97}), {'ember': 108, 'timber': 152, 'pepper': 89}), (({'orchid': 29, 'tiger': 61}, {'harbor': 94, 'olive': 86, 'tiger': 58, 'orchid': 20}), {'orchid': 49, 'tiger': 119}), (({'ember': 90, 'pepper': 81, 'cobalt': 2, 'lemon': 84, 'cloud': 49}, {'apple': 72, 'delta': 28, 'sunny': 6, 'velvet': 8, 'lotus': 43, 'cobalt': 2, 'ember': 88}), {'ember': 178, 'cobalt': 4}), (({'cedar': 31, 'frost': 18}, {'meadow': 16, 'stone': 47, 'falcon': 32, 'island': 80, 'raven': 10, 'frost': 44, 'cedar': 39}), {'cedar': 70, 'frost': 62}), (({'cloud': 64, 'saddle': 57}, {'jasper': 18, 'nectar': 73, 'willow': 14, 'cloud': 28, 'saddle': 38}), {'cloud': 92, 'saddle': 95}), (({'olive': 44, 'raven': 91}, {'pepper': 81, 'olive': 34, 'garnet': 8, 'raven': 43}), {'olive': 78, 'raven': 134})]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'overlay'
CASES = [(({}, {}), {}), (({'maple': 39}, {'amber': 11, 'maple': 48}), {'maple': 48, 'amber': 11}), (({'quartz': 1, 'frost': 24, 'lantern': 49}, {'willow': 74, 'mango': 32, 'quartz': 32, 'frost': 13}), {'quartz': 32, 'frost': 13, 'lantern': 49, 'willow': 74, 'mango': 32}), (({'coral': 89}, {'harbor': 36, 'island': 1, 'jasper': 98, 'sunny': 67, 'coral': 70}), {'coral': 70, 'harbor': 36, 'island': 1, 'jasper': 98, 'sunny': 67}), (({'pepper': 19}, {'frost': 66, 'pepper': 25}), {'pepper': 25, 'frost': 66}), (({'mango': 76, 'raven': 71, 'lemon': 69, 'garnet': 20}, {'olive': 94, 'timber': 53, 'raven': 6, 'garnet': 16}), {'mango': 76, 'raven': 6, 'lemon': 69, 'garnet': 16, 'olive': 94, 'timber': 53}), (({'maple': 10, 'cobalt': 81, 'brick': 14}, {'ember': 37, 'saddle': 70, 'frost': 69, 'brick': 32, 'maple': 17}), {'maple': 17, 'cobalt': 81, 'brick': 32, 'ember': 37, 'saddle': 70, 'frost': 69}), (({'harbor': 57, 'pepper': 41, 'sunny': 53, 'quartz': 39}, {'amber': 75, 'velvet': 95, 'olive': 57, 'stone': 56, 'sunny': 9, 'harbor': 20}), {'harbor': 20, 'pepper': 41, 'sunny': 9, 'quartz': 39, 'amber': 75, 'velvet': 95, 'olive': 57, 'stone': 56})]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'keep_large'
CASES = [(({'frost': 28, 'mango': 42},), {}), (({'tiger': 25, 'timber': 81},), {'timber': 81}), (({'lemon': 99, 'nectar': 7, 'orchid': 69, 'velvet': 70, 'island': 1},), {'lemon': 99, 'orchid': 69, 'velvet': 70}), (({'timber': 49, 'sunny': 32, 'stone': 94, 'pearl': 12, 'mango': 41, 'garnet': 22},), {'stone': 94}), (({'mango': 77, 'meadow': 87},), {'mango': 77, 'meadow': 87}), (({'timber': 49, 'tiger': 15, 'harbor': 13, 'delta': 46, 'olive': 55, 'frost': 84, 'lemon': 17, 'garnet': 97},), {'frost': 84, 'garnet': 97}), (({'quartz': 64, 'jasper': 91},), {'quartz': 64, 'jasper': 91}), (({'delta': 60, 'willow': 14, 'quartz': 30, 'falcon': 71, 'lotus': 64},), {'falcon': 71, 'lotus': 64})]
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

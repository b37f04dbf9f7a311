"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'shared_flip'
CASES = [(({'garnet': 1, 'kettle': 3, 'saddle': 2, 'quartz': 3},), {}), (({'pearl': 3, 'brick': 2, 'orchid': 1, 'island': 1, 'lemon': 3, 'maple': 3},), {3: ['lemon', 'maple', 'pearl']}), (({'tiger': 1, 'frost': 1, 'sunny': 1, 'lotus': 2, 'garnet': 3, 'saddle': 2, 'harbor': 1, 'apple': 2},), {1: ['frost', 'harbor', 'sunny', 'tiger'], 2: ['apple', 'lotus', 'saddle']}), (({'ember': 1, 'falcon': 2, 'delta': 1, 'tiger': 1, 'brick': 1, 'olive': 1},), {1: ['brick', 'delta', 'ember', 'olive', 'tiger']}), (({'cedar': 3, 'mango': 2, 'frost': 2, 'pepper': 2, 'olive': 3, 'jasper': 1, 'falcon': 3},), {3: ['cedar', 'falcon', 'olive'], 2: ['frost', 'mango', 'pepper']}), (({'orchid': 2, 'pearl': 3, 'stone': 3, 'tiger': 3, 'delta': 1, 'coral': 2},), {3: ['pearl', 'stone', 'tiger']}), (({'raven': 1, 'sunny': 2, 'river': 3, 'orchid': 1, 'apple': 1, 'jasper': 3, 'timber': 2, 'willow': 3, 'brick': 2},), {1: ['apple', 'orchid', 'raven'], 2: ['brick', 'sunny', 'timber'], 3: ['jasper', 'river', 'willow']}), (({'pearl': 1, 'frost': 2, 'cobalt': 1, 'harbor': 1},), {1: ['cobalt', 'harbor', 'pearl']})]
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

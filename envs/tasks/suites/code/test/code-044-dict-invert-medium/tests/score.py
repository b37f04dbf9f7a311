"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'group_swap'
CASES = [(({},), {}), (({'apple': 2, 'coral': 1, 'willow': 3, 'garnet': 2, 'maple': 3, 'cobalt': 2},), {2: ['apple', 'garnet', 'cobalt'], 1: ['coral'], 3: ['willow', 'maple']}), (({'stone': 1, 'pearl': 2, 'nectar': 2, 'olive': 3, 'ember': 1, 'island': 3, 'apple': 3},), {1: ['stone', 'ember'], 2: ['pearl', 'nectar'], 3: ['olive', 'island', 'apple']}), (({'ember': 1, 'timber': 1, 'velvet': 3},), {1: ['ember', 'timber'], 3: ['velvet']}), (({'raven': 1, 'frost': 3, 'velvet': 1, 'tiger': 3, 'willow': 1, 'amber': 3, 'pepper': 2, 'nectar': 3, 'maple': 2},), {1: ['raven', 'velvet', 'willow'], 3: ['frost', 'tiger', 'amber', 'nectar'], 2: ['pepper', 'maple']}), (({'amber': 1, 'lantern': 1, 'velvet': 3, 'frost': 2, 'timber': 3, 'stone': 3, 'falcon': 2},), {1: ['amber', 'lantern'], 3: ['velvet', 'timber', 'stone'], 2: ['frost', 'falcon']}), (({'cedar': 2, 'tiger': 2, 'brick': 1, 'pepper': 1, 'island': 3, 'stone': 1, 'meadow': 3},), {2: ['cedar', 'tiger'], 1: ['brick', 'pepper', 'stone'], 3: ['island', 'meadow']}), (({'velvet': 1, 'olive': 3, 'lemon': 1, 'willow': 2, 'saddle': 1, 'amber': 3, 'pepper': 2},), {1: ['velvet', 'lemon', 'saddle'], 3: ['olive', 'amber'], 2: ['willow', 'pepper']})]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'flip'
CASES = [(({},), {}), (({'garnet': 54, 'lotus': 32, 'olive': 41, 'harbor': 86, 'apple': 16, 'mango': 80},), {54: 'garnet', 32: 'lotus', 41: 'olive', 86: 'harbor', 16: 'apple', 80: 'mango'}), (({'lantern': 19, 'nectar': 94},), {19: 'lantern', 94: 'nectar'}), (({'maple': 95, 'mango': 83, 'ember': 22, 'lotus': 16, 'olive': 58, 'velvet': 88},), {95: 'maple', 83: 'mango', 22: 'ember', 16: 'lotus', 58: 'olive', 88: 'velvet'}), (({'cloud': 68, 'apple': 37, 'timber': 2, 'nectar': 16, 'frost': 43},), {68: 'cloud', 37: 'apple', 2: 'timber', 16: 'nectar', 43: 'frost'}), (({'garnet': 83, 'maple': 34, 'cobalt': 58, 'island': 74, 'stone': 85, 'willow': 69},), {83: 'garnet', 34: 'maple', 58: 'cobalt', 74: 'island', 85: 'stone', 69: 'willow'}), (({'ember': 85, 'maple': 75},), {85: 'ember', 75: 'maple'}), (({'river': 26, 'pepper': 39, 'amber': 20},), {26: 'river', 39: 'pepper', 20: 'amber'})]
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

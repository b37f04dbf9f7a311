"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'reverse_lookup'
CASES = [(({},), {}), (({'tiger': 41, 'lotus': 25, 'ember': 92},), {41: 'tiger', 25: 'lotus', 92: 'ember'}), (({'lemon': 5},), {5: 'lemon'}), (({'cedar': 6, 'quartz': 77, 'island': 25, 'stone': 13, 'coral': 51, 'orchid': 63},), {6: 'cedar', 77: 'quartz', 25: 'island', 13: 'stone', 51: 'coral', 63: 'orchid'}), (({'willow': 13, 'quartz': 51, 'velvet': 85, 'mango': 70, 'lemon': 37, 'lotus': 80},), {13: 'willow', 51: 'quartz', 85: 'velvet', 70: 'mango', 37: 'lemon', 80: 'lotus'}), (({'timber': 94, 'lotus': 33, 'quartz': 11},), {94: 'timber', 33: 'lotus', 11: 'quartz'}), (({'pepper': 41, 'ember': 89, 'willow': 75, 'falcon': 35},), {41: 'pepper', 89: 'ember', 75: 'willow', 35: 'falcon'}), (({'lantern': 69, 'coral': 32, 'walnut': 51, 'quartz': 45},), {69: 'lantern', 32: 'coral', 51: 'walnut', 45: 'quartz'})]
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

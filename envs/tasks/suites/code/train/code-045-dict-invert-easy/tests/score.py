"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'swap'
CASES = [(({},), {}), (({'meadow': 71, 'delta': 86, 'olive': 29, 'raven': 40},), {71: 'meadow', 86: 'delta', 29: 'olive', 40: 'raven'}), (({'walnut': 7, 'falcon': 4, 'willow': 95, 'stone': 19, 'kettle': 74, 'ember': 3},), {7: 'walnut', 4: 'falcon', 95: 'willow', 19: 'stone', 74: 'kettle', 3: 'ember'}), (({'tiger': 19, 'mango': 77, 'nectar': 42, 'timber': 31, 'quartz': 73, 'kettle': 93},), {19: 'tiger', 77: 'mango', 42: 'nectar', 31: 'timber', 73: 'quartz', 93: 'kettle'}), (({'lemon': 9, 'pearl': 26, 'cedar': 91, 'lantern': 73},), {9: 'lemon', 26: 'pearl', 91: 'cedar', 73: 'lantern'}), (({'cedar': 77},), {77: 'cedar'}), (({'pepper': 31, 'coral': 79, 'amber': 8, 'lantern': 73, 'timber': 40, 'olive': 62},), {31: 'pepper', 79: 'coral', 8: 'amber', 73: 'lantern', 40: 'timber', 62: 'olive'}), (({'cobalt': 69, 'river': 15, 'orchid': 6, 'sunny': 40},), {69: 'cobalt', 15: 'river', 6: 'orchid', 40: 'sunny'})]
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

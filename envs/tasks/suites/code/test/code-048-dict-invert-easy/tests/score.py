"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'flip'
CASES = [(({},), {}), (({'river': 30, 'quartz': 9, 'velvet': 90, 'delta': 42},), {30: 'river', 9: 'quartz', 90: 'velvet', 42: 'delta'}), (({'mango': 81, 'maple': 97, 'garnet': 96, 'coral': 57, 'delta': 14},), {81: 'mango', 97: 'maple', 96: 'garnet', 57: 'coral', 14: 'delta'}), (({'river': 99, 'jasper': 70, 'apple': 22, 'falcon': 56, 'walnut': 31, 'willow': 62},), {99: 'river', 70: 'jasper', 22: 'apple', 56: 'falcon', 31: 'walnut', 62: 'willow'}), (({'garnet': 23, 'falcon': 28, 'walnut': 37},), {23: 'garnet', 28: 'falcon', 37: 'walnut'}), (({'delta': 87, 'garnet': 81, 'tiger': 48, 'mango': 20, 'quartz': 56, 'cloud': 86},), {87: 'delta', 81: 'garnet', 48: 'tiger', 20: 'mango', 56: 'quartz', 86: 'cloud'}), (({'pearl': 52, 'apple': 30},), {52: 'pearl', 30: 'apple'}), (({'garnet': 85, 'cedar': 68, 'orchid': 9, 'island': 35},), {85: 'garnet', 68: 'cedar', 9: 'orchid', 35: 'island'})]
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

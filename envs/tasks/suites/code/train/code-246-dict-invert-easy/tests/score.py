"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'invert'
CASES = [(({},), {}), (({'lantern': 61, 'saddle': 14, 'cedar': 73, 'orchid': 79},), {61: 'lantern', 14: 'saddle', 73: 'cedar', 79: 'orchid'}), (({'cedar': 79, 'pearl': 95, 'ember': 74, 'river': 32, 'harbor': 50},), {79: 'cedar', 95: 'pearl', 74: 'ember', 32: 'river', 50: 'harbor'}), (({'frost': 39, 'willow': 81},), {39: 'frost', 81: 'willow'}), (({'garnet': 9},), {9: 'garnet'}), (({'nectar': 21, 'walnut': 26},), {21: 'nectar', 26: 'walnut'}), (({'orchid': 11, 'pepper': 17},), {11: 'orchid', 17: 'pepper'}), (({'quartz': 63},), {63: 'quartz'})]
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

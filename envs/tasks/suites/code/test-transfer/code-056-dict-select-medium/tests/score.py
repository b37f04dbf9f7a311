"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'select_keys'
CASES = [(({},), []), (({'raven': 3, 'jasper': 11, 'falcon': 43, 'quartz': 37},), ['falcon', 'quartz']), (({'pearl': 27, 'apple': 10, 'mango': 96, 'garnet': 60},), ['garnet', 'mango']), (({'pearl': 14, 'kettle': 91, 'brick': 31, 'jasper': 14},), ['kettle']), (({'raven': 41, 'river': 60, 'cloud': 16, 'walnut': 53},), ['raven', 'river', 'walnut']), (({'lantern': 98, 'orchid': 47, 'delta': 19, 'brick': 80, 'island': 75, 'pepper': 12, 'nectar': 59, 'ember': 62},), ['brick', 'ember', 'island', 'lantern', 'nectar', 'orchid']), (({'meadow': 63, 'lantern': 87, 'maple': 93, 'saddle': 84, 'lotus': 47, 'willow': 87},), ['lantern', 'lotus', 'maple', 'meadow', 'saddle', 'willow']), (({'brick': 80, 'falcon': 32},), ['brick'])]
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

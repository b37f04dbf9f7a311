"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'group_swap'
CASES = [(({},), {}), (({'brick': 3, 'falcon': 1, 'coral': 1, 'kettle': 3},), {3: ['brick', 'kettle'], 1: ['falcon', 'coral']}), (({'lantern': 1, 'nectar': 2, 'falcon': 3, 'maple': 1, 'orchid': 2, 'saddle': 1},), {1: ['lantern', 'maple', 'saddle'], 2: ['nectar', 'orchid'], 3: ['falcon']}), (({'delta': 3, 'apple': 1, 'island': 1, 'saddle': 3},), {3: ['delta', 'saddle'], 1: ['apple', 'island']}), (({'brick': 1, 'saddle': 2, 'tiger': 2},), {1: ['brick'], 2: ['saddle', 'tiger']}), (({'garnet': 3, 'cedar': 2, 'lemon': 3, 'quartz': 2, 'jasper': 1, 'cloud': 1},), {3: ['garnet', 'lemon'], 2: ['cedar', 'quartz'], 1: ['jasper', 'cloud']}), (({'kettle': 2, 'amber': 3, 'timber': 3, 'delta': 3, 'cedar': 1, 'raven': 2},), {2: ['kettle', 'raven'], 3: ['amber', 'timber', 'delta'], 1: ['cedar']}), (({'apple': 3, 'cloud': 2, 'jasper': 1, 'meadow': 1, 'kettle': 2, 'cobalt': 1, 'orchid': 3, 'quartz': 3, 'timber': 3},), {3: ['apple', 'orchid', 'quartz', 'timber'], 2: ['cloud', 'kettle'], 1: ['jasper', 'meadow', 'cobalt']})]
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

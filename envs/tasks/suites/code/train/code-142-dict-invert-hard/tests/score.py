"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'shared_invert'
CASES = [(({},), {}), (({'lantern': 1, 'walnut': 1, 'velvet': 1, 'garnet': 1, 'frost': 2},), {1: ['garnet', 'lantern', 'velvet', 'walnut']}), (({'meadow': 3, 'lemon': 2, 'falcon': 1, 'lantern': 2, 'velvet': 3},), {3: ['meadow', 'velvet'], 2: ['lantern', 'lemon']}), (({'lotus': 3, 'lantern': 3, 'orchid': 3, 'kettle': 2, 'brick': 2, 'ember': 2, 'timber': 2, 'willow': 2},), {3: ['lantern', 'lotus', 'orchid'], 2: ['brick', 'ember', 'kettle', 'timber', 'willow']}), (({'delta': 1, 'quartz': 3, 'cobalt': 2, 'olive': 1, 'sunny': 2, 'jasper': 1},), {1: ['delta', 'jasper', 'olive'], 2: ['cobalt', 'sunny']}), (({'harbor': 1, 'kettle': 3, 'ember': 3, 'river': 3, 'saddle': 1},), {1: ['harbor', 'saddle'], 3: ['ember', 'kettle', 'river']}), (({'walnut': 1, 'saddle': 3, 'cobalt': 3, 'frost': 3, 'quartz': 3, 'coral': 3, 'velvet': 3},), {3: ['cobalt', 'coral', 'frost', 'quartz', 'saddle', 'velvet']}), (({'olive': 2, 'cedar': 3, 'quartz': 3, 'cobalt': 3, 'apple': 1, 'pearl': 3},), {3: ['cedar', 'cobalt', 'pearl', 'quartz']})]
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

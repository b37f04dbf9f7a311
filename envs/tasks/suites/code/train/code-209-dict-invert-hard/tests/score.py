"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'shared_invert'
CASES = [(({'tiger': 1, 'pepper': 3},), {}), (({'coral': 3, 'frost': 2, 'mango': 1, 'timber': 1, 'meadow': 1, 'velvet': 2, 'maple': 1, 'cloud': 1},), {1: ['cloud', 'mango', 'maple', 'meadow', 'timber']}), (({'frost': 3, 'walnut': 1, 'ember': 3, 'delta': 1, 'jasper': 2, 'cedar': 1, 'pepper': 2, 'sunny': 1},), {1: ['cedar', 'delta', 'sunny', 'walnut']}), (({'cloud': 2, 'quartz': 1, 'meadow': 2, 'mango': 2, 'lemon': 3, 'olive': 3, 'timber': 1, 'lantern': 3, 'orchid': 1},), {2: ['cloud', 'mango', 'meadow'], 1: ['orchid', 'quartz', 'timber'], 3: ['lantern', 'lemon', 'olive']}), (({'coral': 3, 'pepper': 3, 'frost': 2, 'river': 2, 'amber': 1, 'walnut': 3},), {3: ['coral', 'pepper', 'walnut']}), (({'tiger': 3, 'velvet': 2, 'willow': 2, 'falcon': 2, 'ember': 3, 'cloud': 3, 'meadow': 2, 'maple': 1, 'raven': 2},), {3: ['cloud', 'ember', 'tiger'], 2: ['falcon', 'meadow', 'raven', 'velvet', 'willow']}), (({'maple': 2, 'raven': 2, 'garnet': 3, 'cedar': 1, 'tiger': 2},), {2: ['maple', 'raven', 'tiger']}), (({'saddle': 2, 'velvet': 1, 'cobalt': 2, 'lantern': 2, 'harbor': 3, 'maple': 3, 'jasper': 2, 'sunny': 3},), {2: ['cobalt', 'jasper', 'lantern', 'saddle'], 3: ['harbor', 'maple', 'sunny']})]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'shared_swap'
CASES = [(({'lemon': 3, 'maple': 1, 'meadow': 2},), {}), (({'maple': 2, 'mango': 2, 'olive': 2, 'coral': 3, 'willow': 2, 'orchid': 1, 'harbor': 2, 'cloud': 3, 'walnut': 2},), {2: ['harbor', 'mango', 'maple', 'olive', 'walnut', 'willow'], 3: ['cloud', 'coral']}), (({'sunny': 1, 'harbor': 1, 'tiger': 1, 'delta': 3},), {1: ['harbor', 'sunny', 'tiger']}), (({'river': 2, 'orchid': 3, 'apple': 1, 'jasper': 1, 'walnut': 3, 'amber': 2},), {2: ['amber', 'river'], 3: ['orchid', 'walnut'], 1: ['apple', 'jasper']}), (({'raven': 1, 'lemon': 2, 'maple': 2, 'timber': 3, 'cobalt': 2, 'kettle': 3, 'jasper': 3, 'meadow': 3},), {2: ['cobalt', 'lemon', 'maple'], 3: ['jasper', 'kettle', 'meadow', 'timber']}), (({'delta': 2, 'frost': 3, 'falcon': 3, 'raven': 3, 'timber': 3},), {3: ['falcon', 'frost', 'raven', 'timber']}), (({'maple': 1, 'kettle': 2, 'tiger': 1, 'willow': 1, 'island': 3},), {1: ['maple', 'tiger', 'willow']}), (({'lotus': 1, 'kettle': 1, 'garnet': 3, 'walnut': 3},), {1: ['kettle', 'lotus'], 3: ['garnet', 'walnut']})]
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

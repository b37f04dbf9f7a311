"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'shared_flip'
CASES = [(({'sunny': 3, 'amber': 1, 'falcon': 1, 'olive': 3},), {}), (({'saddle': 2, 'amber': 3, 'jasper': 3, 'sunny': 2, 'pearl': 1, 'brick': 3, 'orchid': 2},), {2: ['orchid', 'saddle', 'sunny'], 3: ['amber', 'brick', 'jasper']}), (({'velvet': 1, 'island': 3, 'stone': 1, 'garnet': 1, 'lemon': 2, 'orchid': 3, 'pearl': 3, 'lantern': 3, 'river': 1},), {1: ['garnet', 'river', 'stone', 'velvet'], 3: ['island', 'lantern', 'orchid', 'pearl']}), (({'timber': 1, 'garnet': 1, 'lotus': 1, 'harbor': 1},), {1: ['garnet', 'harbor', 'lotus', 'timber']}), (({'willow': 1, 'timber': 2, 'ember': 3, 'cloud': 1, 'quartz': 1, 'frost': 1, 'mango': 2, 'lotus': 2},), {1: ['cloud', 'frost', 'quartz', 'willow'], 2: ['lotus', 'mango', 'timber']}), (({'brick': 3, 'meadow': 1, 'river': 2, 'apple': 1, 'mango': 1, 'ember': 2, 'falcon': 1, 'pepper': 1},), {1: ['apple', 'falcon', 'mango', 'meadow', 'pepper']}), (({'saddle': 2, 'delta': 1, 'pearl': 1, 'frost': 3, 'cobalt': 1, 'harbor': 1, 'river': 3},), {1: ['cobalt', 'delta', 'harbor', 'pearl']}), (({'walnut': 3, 'timber': 1, 'ember': 2, 'meadow': 3, 'pearl': 1, 'cedar': 3, 'apple': 3},), {3: ['apple', 'cedar', 'meadow', 'walnut']})]
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

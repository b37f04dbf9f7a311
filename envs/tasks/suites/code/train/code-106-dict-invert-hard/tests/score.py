"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'shared_reverse_lookup'
CASES = [(({'orchid': 1, 'maple': 3, 'jasper': 2},), {}), (({'garnet': 1, 'lotus': 1, 'pearl': 1, 'apple': 1, 'velvet': 3, 'sunny': 3, 'harbor': 1, 'frost': 1},), {1: ['apple', 'frost', 'garnet', 'harbor', 'lotus', 'pearl']}), (({'coral': 3, 'lotus': 1, 'kettle': 1, 'cloud': 1, 'nectar': 2, 'delta': 1, 'island': 1, 'olive': 3, 'brick': 1},), {1: ['brick', 'cloud', 'delta', 'island', 'kettle', 'lotus']}), (({'harbor': 3, 'cloud': 3, 'mango': 2, 'timber': 1, 'delta': 1, 'lemon': 3, 'garnet': 3, 'willow': 1, 'frost': 2},), {3: ['cloud', 'garnet', 'harbor', 'lemon'], 1: ['delta', 'timber', 'willow']}), (({'raven': 1, 'lemon': 2, 'maple': 2, 'timber': 3, 'cobalt': 2, 'kettle': 3, 'jasper': 3, 'meadow': 3},), {2: ['cobalt', 'lemon', 'maple'], 3: ['jasper', 'kettle', 'meadow', 'timber']}), (({'raven': 2, 'sunny': 2, 'cloud': 2, 'apple': 2, 'frost': 2, 'willow': 2, 'harbor': 1, 'falcon': 2},), {2: ['apple', 'cloud', 'falcon', 'frost', 'raven', 'sunny', 'willow']}), (({'mango': 3, 'maple': 1, 'lotus': 3},), {}), (({'falcon': 3, 'delta': 3, 'raven': 2},), {})]
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

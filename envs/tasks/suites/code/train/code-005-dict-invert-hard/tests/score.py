"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'shared_swap'
CASES = [(({'willow': 3, 'delta': 3},), {}), (({'cedar': 1, 'olive': 2, 'cobalt': 3, 'maple': 1, 'stone': 2, 'lemon': 2, 'quartz': 3, 'pepper': 1},), {1: ['cedar', 'maple', 'pepper'], 2: ['lemon', 'olive', 'stone']}), (({'walnut': 1, 'saddle': 3, 'cobalt': 3, 'frost': 3, 'quartz': 3, 'coral': 3, 'velvet': 3},), {3: ['cobalt', 'coral', 'frost', 'quartz', 'saddle', 'velvet']}), (({'kettle': 1, 'ember': 1, 'river': 2, 'saddle': 1, 'raven': 3, 'stone': 3, 'maple': 3, 'pepper': 3},), {1: ['ember', 'kettle', 'saddle'], 3: ['maple', 'pepper', 'raven', 'stone']}), (({'delta': 1, 'quartz': 3, 'cobalt': 2, 'olive': 1, 'sunny': 2, 'jasper': 1},), {1: ['delta', 'jasper', 'olive']}), (({'delta': 1, 'nectar': 2, 'willow': 3, 'lantern': 2, 'saddle': 3, 'quartz': 2, 'lemon': 3, 'coral': 3, 'island': 3},), {2: ['lantern', 'nectar', 'quartz'], 3: ['coral', 'island', 'lemon', 'saddle', 'willow']}), (({'delta': 1, 'harbor': 1, 'olive': 1, 'lantern': 1, 'garnet': 2, 'frost': 1},), {1: ['delta', 'frost', 'harbor', 'lantern', 'olive']}), (({'quartz': 2, 'cobalt': 3, 'apple': 3, 'pearl': 3},), {3: ['apple', 'cobalt', 'pearl']})]
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

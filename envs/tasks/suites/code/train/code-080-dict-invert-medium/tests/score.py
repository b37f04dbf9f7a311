"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'group_reverse_lookup'
CASES = [(({},), {}), (({'quartz': 1, 'pepper': 3, 'lotus': 1, 'frost': 3},), {1: ['quartz', 'lotus'], 3: ['pepper', 'frost']}), (({'lemon': 2, 'ember': 2, 'velvet': 3, 'quartz': 1},), {2: ['lemon', 'ember'], 3: ['velvet'], 1: ['quartz']}), (({'falcon': 2, 'coral': 3, 'timber': 3, 'apple': 3, 'cloud': 2, 'willow': 1, 'harbor': 1, 'jasper': 3},), {2: ['falcon', 'cloud'], 3: ['coral', 'timber', 'apple', 'jasper'], 1: ['willow', 'harbor']}), (({'velvet': 2, 'saddle': 1, 'coral': 2},), {2: ['velvet', 'coral'], 1: ['saddle']}), (({'walnut': 1, 'cobalt': 3, 'falcon': 3, 'olive': 1, 'raven': 1, 'cedar': 1, 'pepper': 3, 'kettle': 2},), {1: ['walnut', 'olive', 'raven', 'cedar'], 3: ['cobalt', 'falcon', 'pepper'], 2: ['kettle']}), (({'lotus': 1, 'quartz': 1, 'coral': 1},), {1: ['lotus', 'quartz', 'coral']}), (({'ember': 3, 'coral': 2},), {3: ['ember'], 2: ['coral']})]
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

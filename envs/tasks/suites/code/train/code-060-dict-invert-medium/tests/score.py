"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'group_flip'
CASES = [(({},), {}), (({'falcon': 2, 'meadow': 3, 'ember': 1, 'cedar': 3, 'kettle': 3, 'velvet': 3, 'island': 2, 'jasper': 2, 'nectar': 3},), {2: ['falcon', 'island', 'jasper'], 3: ['meadow', 'cedar', 'kettle', 'velvet', 'nectar'], 1: ['ember']}), (({'delta': 2, 'olive': 2},), {2: ['delta', 'olive']}), (({'island': 3, 'maple': 3, 'delta': 3, 'velvet': 3, 'cobalt': 2, 'cedar': 2},), {3: ['island', 'maple', 'delta', 'velvet'], 2: ['cobalt', 'cedar']}), (({'jasper': 3, 'nectar': 1},), {3: ['jasper'], 1: ['nectar']}), (({'meadow': 3, 'cedar': 1, 'lantern': 1, 'sunny': 3, 'quartz': 3, 'island': 1, 'pepper': 3, 'mango': 1, 'jasper': 1},), {3: ['meadow', 'sunny', 'quartz', 'pepper'], 1: ['cedar', 'lantern', 'island', 'mango', 'jasper']}), (({'kettle': 3, 'apple': 2, 'olive': 1, 'timber': 1, 'willow': 1, 'brick': 3, 'orchid': 3, 'amber': 2},), {3: ['kettle', 'brick', 'orchid'], 2: ['apple', 'amber'], 1: ['olive', 'timber', 'willow']}), (({'cloud': 2, 'river': 2, 'lemon': 2, 'olive': 2, 'pepper': 1, 'apple': 1, 'cedar': 2},), {2: ['cloud', 'river', 'lemon', 'olive', 'cedar'], 1: ['pepper', 'apple']})]
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

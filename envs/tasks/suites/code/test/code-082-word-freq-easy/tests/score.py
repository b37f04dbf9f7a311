"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'tally'
CASES = [(('falcon-jasper-harbor-falcon-jasper-harbor-jasper-island-harbor',), {'falcon': 2, 'jasper': 3, 'harbor': 3, 'island': 1}), (('falcon-willow-jasper-kettle-cobalt-cobalt',), {'falcon': 1, 'willow': 1, 'jasper': 1, 'kettle': 1, 'cobalt': 2}), (('falcon-willow-garnet-willow-kettle-kettle-falcon-cobalt-falcon-island-island-kettle-cobalt-harbor',), {'falcon': 3, 'willow': 2, 'garnet': 1, 'kettle': 3, 'cobalt': 2, 'island': 2, 'harbor': 1}), (('willow-kettle-jasper-garnet-willow-cobalt-willow-cobalt-garnet-falcon',), {'willow': 3, 'kettle': 1, 'jasper': 1, 'garnet': 2, 'cobalt': 2, 'falcon': 1}), (('island-cobalt-kettle-cobalt-willow-cobalt-kettle-kettle-willow-island-island',), {'island': 3, 'cobalt': 3, 'kettle': 3, 'willow': 2}), (('falcon-kettle-falcon-harbor-falcon-falcon-island-island-cobalt-harbor-willow-jasper',), {'falcon': 4, 'kettle': 1, 'harbor': 2, 'island': 2, 'cobalt': 1, 'willow': 1, 'jasper': 1}), (('harbor-cobalt-falcon-falcon-garnet',), {'harbor': 1, 'cobalt': 1, 'falcon': 2, 'garnet': 1}), (('harbor-willow-cobalt-garnet',), {'harbor': 1, 'willow': 1, 'cobalt': 1, 'garnet': 1})]
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

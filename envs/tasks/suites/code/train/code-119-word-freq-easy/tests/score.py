"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'word_counts'
CASES = [(('island;kettle;kettle;island;falcon;kettle;willow;kettle;harbor;island;willow;cobalt;harbor',), {'island': 3, 'kettle': 4, 'falcon': 1, 'willow': 2, 'harbor': 2, 'cobalt': 1}), (('kettle;falcon;garnet;harbor;island;jasper;cobalt;kettle;garnet;garnet;garnet;cobalt',), {'kettle': 2, 'falcon': 1, 'garnet': 4, 'harbor': 1, 'island': 1, 'jasper': 1, 'cobalt': 2}), (('kettle;island;cobalt;island;kettle;harbor;harbor;willow;island',), {'kettle': 2, 'island': 3, 'cobalt': 1, 'harbor': 2, 'willow': 1}), (('kettle;garnet;kettle;cobalt;harbor;garnet;cobalt;willow;falcon',), {'kettle': 2, 'garnet': 2, 'cobalt': 2, 'harbor': 1, 'willow': 1, 'falcon': 1}), (('jasper;harbor;willow;garnet;island;garnet;cobalt;garnet;willow',), {'jasper': 1, 'harbor': 1, 'willow': 2, 'garnet': 3, 'island': 1, 'cobalt': 1}), (('falcon;jasper;willow;falcon;cobalt;garnet;falcon;island;falcon;kettle;cobalt;garnet',), {'falcon': 4, 'jasper': 1, 'willow': 1, 'cobalt': 2, 'garnet': 2, 'island': 1, 'kettle': 1}), (('island;willow;island;harbor;jasper;willow;harbor;jasper',), {'island': 2, 'willow': 2, 'harbor': 2, 'jasper': 2}), (('falcon;garnet;garnet;jasper;kettle;garnet;jasper;kettle;willow',), {'falcon': 1, 'garnet': 3, 'jasper': 2, 'kettle': 2, 'willow': 1})]
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

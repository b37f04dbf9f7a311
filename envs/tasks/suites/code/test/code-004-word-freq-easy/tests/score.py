"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'word_counts'
CASES = [(('frost|delta|amber',), {'frost': 1, 'delta': 1, 'amber': 1}), (('ember|lotus|frost|pearl|pearl|pearl|cedar|amber|frost|frost',), {'ember': 1, 'lotus': 1, 'frost': 3, 'pearl': 3, 'cedar': 1, 'amber': 1}), (('amber|coral|ember|frost|amber|lotus|lotus|delta|ember|coral|cedar|cedar|cedar|coral',), {'amber': 2, 'coral': 3, 'ember': 2, 'frost': 1, 'lotus': 2, 'delta': 1, 'cedar': 3}), (('pearl|pearl|amber|coral',), {'pearl': 2, 'amber': 1, 'coral': 1}), (('amber|delta',), {'amber': 1, 'delta': 1}), (('coral|ember|coral|cedar|coral|pearl|ember|frost|cedar|frost|pearl|delta|lotus|pearl',), {'coral': 3, 'ember': 2, 'cedar': 2, 'pearl': 3, 'frost': 2, 'delta': 1, 'lotus': 1}), (('pearl|cedar|delta|pearl|frost|delta|coral|delta|coral|frost|amber|amber|lotus',), {'pearl': 2, 'cedar': 1, 'delta': 3, 'frost': 2, 'coral': 2, 'amber': 2, 'lotus': 1}), (('lotus|coral|pearl|cedar|delta|pearl|ember|frost|ember',), {'lotus': 1, 'coral': 1, 'pearl': 2, 'cedar': 1, 'delta': 1, 'ember': 2, 'frost': 1})]
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

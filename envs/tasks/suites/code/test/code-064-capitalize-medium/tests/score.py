"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'format_title'
CASES = [(('',), ''), (('blue harbor sky mango nectar',), 'Blue,Harbor,Sky,Mango,Nectar'), (('island lantern amber quartz frost nectar',), 'Island,Lantern,Amber,Quartz,Frost,Nectar'), (('pearl moon map kettle',), 'Pearl,Moon,Map,Kettle'), (('river tree',), 'River,Tree'), (('willow pepper red brick wind',), 'Willow,Pepper,Red,Brick,Wind'), (('lemon blue owl meadow moon lemon',), 'Lemon,Blue,Owl,Meadow,Moon,Lemon'), (('cloud ice mango tree ember sky',), 'Cloud,Ice,Mango,Tree,Ember,Sky')]
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

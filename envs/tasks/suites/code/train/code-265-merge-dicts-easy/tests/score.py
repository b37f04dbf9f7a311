"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'combine'
CASES = [(({}, {}), {}), (({'jasper': 13, 'quartz': 11, 'timber': 38, 'apple': 96}, {'kettle': 39, 'falcon': 44, 'apple': 85, 'jasper': 61}), {'kettle': 39, 'falcon': 44, 'apple': 96, 'jasper': 13, 'quartz': 11, 'timber': 38}), (({'pepper': 93}, {'pearl': 60, 'cobalt': 97, 'apple': 34, 'lotus': 39, 'stone': 91, 'pepper': 91}), {'pearl': 60, 'cobalt': 97, 'apple': 34, 'lotus': 39, 'stone': 91, 'pepper': 93}), (({'tiger': 47, 'falcon': 1, 'amber': 58, 'maple': 72, 'cobalt': 8}, {'velvet': 94, 'falcon': 96, 'amber': 1}), {'velvet': 94, 'falcon': 1, 'amber': 58, 'tiger': 47, 'maple': 72, 'cobalt': 8}), (({'orchid': 91}, {'island': 10, 'velvet': 23, 'frost': 95, 'orchid': 75}), {'island': 10, 'velvet': 23, 'frost': 95, 'orchid': 91}), (({'harbor': 14, 'olive': 4, 'timber': 32}, {'nectar': 40, 'quartz': 72, 'velvet': 66, 'falcon': 18, 'mango': 49, 'timber': 38, 'olive': 93}), {'nectar': 40, 'quartz': 72, 'velvet': 66, 'falcon': 18, 'mango': 49, 'timber': 32, 'olive': 4, 'harbor': 14}), (({'pearl': 44, 'jasper': 51, 'velvet': 25, 'quartz': 34}, {'velvet': 2, 'ember': 33, 'apple': 34, 'garnet': 23, 'pearl': 52}), {'velvet': 25, 'ember': 33, 'apple': 34, 'garnet': 23, 'pearl': 44, 'jasper': 51, 'quartz': 34}), (({'lotus': 74}, {'garnet': 60, 'river': 74, 'lotus': 5}), {'garnet': 60, 'river': 74, 'lotus': 74})]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'union'
CASES = [(({}, {}), {}), (({'walnut': 25, 'raven': 21}, {'velvet': 6, 'lantern': 20, 'walnut': 43, 'raven': 54}), {'walnut': 43, 'raven': 54, 'velvet': 6, 'lantern': 20}), (({'olive': 27, 'quartz': 95, 'stone': 94}, {'cloud': 51, 'pearl': 27, 'island': 50, 'lotus': 63, 'quartz': 52, 'olive': 63}), {'olive': 63, 'quartz': 52, 'stone': 94, 'cloud': 51, 'pearl': 27, 'island': 50, 'lotus': 63}), (({'coral': 53, 'apple': 90, 'harbor': 86, 'velvet': 44}, {'saddle': 95, 'brick': 57, 'pearl': 94, 'island': 10, 'coral': 68, 'velvet': 76}), {'coral': 68, 'apple': 90, 'harbor': 86, 'velvet': 76, 'saddle': 95, 'brick': 57, 'pearl': 94, 'island': 10}), (({'jasper': 49, 'quartz': 29}, {'maple': 67, 'pearl': 11, 'quartz': 3, 'jasper': 10}), {'jasper': 10, 'quartz': 3, 'maple': 67, 'pearl': 11}), (({'frost': 35}, {'lantern': 61, 'timber': 6, 'mango': 18, 'ember': 50, 'stone': 2, 'frost': 77}), {'frost': 77, 'lantern': 61, 'timber': 6, 'mango': 18, 'ember': 50, 'stone': 2}), (({'velvet': 72, 'mango': 79}, {'falcon': 36, 'mango': 45, 'meadow': 88, 'velvet': 67}), {'velvet': 67, 'mango': 45, 'falcon': 36, 'meadow': 88}), (({'saddle': 86, 'harbor': 79}, {'amber': 16, 'quartz': 11, 'cedar': 93, 'maple': 42, 'saddle': 31, 'harbor': 97}), {'saddle': 31, 'harbor': 97, 'amber': 16, 'quartz': 11, 'cedar': 93, 'maple': 42})]
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

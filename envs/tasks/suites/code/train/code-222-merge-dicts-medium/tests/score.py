"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'overlay'
CASES = [(({}, {}), {}), (({'maple': 45, 'orchid': 77}, {'nectar': 37, 'cobalt': 51, 'lantern': 76, 'willow': 44, 'maple': 2, 'orchid': 95}), {'maple': 47, 'orchid': 172, 'nectar': 37, 'cobalt': 51, 'lantern': 76, 'willow': 44}), (({'raven': 43, 'cobalt': 68}, {'kettle': 6, 'raven': 67, 'cobalt': 12}), {'raven': 110, 'cobalt': 80, 'kettle': 6}), (({'orchid': 15, 'mango': 22, 'maple': 62, 'frost': 17, 'olive': 35}, {'sunny': 79, 'frost': 1, 'orchid': 31}), {'orchid': 46, 'mango': 22, 'maple': 62, 'frost': 18, 'olive': 35, 'sunny': 79}), (({'cloud': 57, 'island': 80, 'meadow': 96}, {'pearl': 67, 'raven': 92, 'cloud': 19, 'meadow': 24}), {'cloud': 76, 'island': 80, 'meadow': 120, 'pearl': 67, 'raven': 92}), (({'willow': 16, 'stone': 2, 'island': 28}, {'willow': 5, 'coral': 53, 'raven': 76, 'island': 78}), {'willow': 21, 'stone': 2, 'island': 106, 'coral': 53, 'raven': 76}), (({'velvet': 3, 'mango': 82, 'brick': 63}, {'quartz': 79, 'mango': 38, 'amber': 44, 'maple': 9, 'jasper': 71, 'brick': 10, 'velvet': 31}), {'velvet': 34, 'mango': 120, 'brick': 73, 'quartz': 79, 'amber': 44, 'maple': 9, 'jasper': 71}), (({'willow': 62, 'sunny': 91, 'harbor': 15, 'garnet': 11}, {'falcon': 49, 'ember': 2, 'garnet': 61, 'harbor': 12}), {'willow': 62, 'sunny': 91, 'harbor': 27, 'garnet': 72, 'falcon': 49, 'ember': 2})]
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

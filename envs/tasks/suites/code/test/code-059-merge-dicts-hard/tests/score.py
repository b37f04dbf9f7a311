"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'common_combine'
CASES = [(({}, {}), {}), (({'olive': 93, 'timber': 66, 'mango': 75, 'harbor': 85}, {'lantern': 83, 'pearl': 51, 'amber': 47, 'olive': 1, 'river': 7, 'harbor': 56}), {'olive': 1, 'harbor': 56}), (({'stone': 41, 'olive': 22, 'coral': 3, 'velvet': 80}, {'harbor': 64, 'walnut': 32, 'lotus': 13, 'lemon': 78, 'velvet': 63, 'stone': 15}), {'stone': 15, 'velvet': 63}), (({'timber': 35, 'coral': 22, 'olive': 99, 'orchid': 59}, {'amber': 36, 'saddle': 60, 'willow': 84, 'walnut': 6, 'timber': 48, 'olive': 33}), {'timber': 35, 'olive': 33}), (({'lotus': 11, 'river': 92, 'lemon': 96}, {'island': 8, 'maple': 36, 'lemon': 55, 'lotus': 99}), {'lotus': 11, 'lemon': 55}), (({'meadow': 18}, {'nectar': 19, 'meadow': 54}), {'meadow': 18}), (({'raven': 64, 'brick': 56, 'timber': 43, 'cloud': 11, 'mango': 63}, {'garnet': 81, 'sunny': 27, 'lantern': 48, 'cloud': 37, 'brick': 95}), {'brick': 56, 'cloud': 11}), (({'olive': 51, 'maple': 21, 'amber': 89}, {'nectar': 80, 'cedar': 72, 'harbor': 73, 'garnet': 48, 'maple': 41, 'amber': 62}), {'maple': 21, 'amber': 62})]
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

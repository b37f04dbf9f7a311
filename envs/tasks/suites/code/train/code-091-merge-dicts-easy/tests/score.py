"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'union'
CASES = [(({}, {}), {}), (({'willow': 13, 'frost': 69}, {'falcon': 76, 'cobalt': 84, 'coral': 70, 'garnet': 18, 'lantern': 99, 'willow': 90, 'frost': 9}), {'falcon': 76, 'cobalt': 84, 'coral': 70, 'garnet': 18, 'lantern': 99, 'willow': 13, 'frost': 69}), (({'timber': 6, 'cobalt': 52, 'pepper': 44, 'lemon': 37, 'lotus': 94}, {'velvet': 64, 'amber': 22, 'meadow': 66, 'stone': 46, 'pepper': 20, 'cobalt': 34}), {'velvet': 64, 'amber': 22, 'meadow': 66, 'stone': 46, 'pepper': 44, 'cobalt': 52, 'timber': 6, 'lemon': 37, 'lotus': 94}), (({'jasper': 79, 'pepper': 94, 'nectar': 63, 'maple': 3, 'velvet': 60}, {'saddle': 34, 'mango': 62, 'jasper': 75, 'pepper': 48}), {'saddle': 34, 'mango': 62, 'jasper': 79, 'pepper': 94, 'nectar': 63, 'maple': 3, 'velvet': 60}), (({'timber': 96, 'river': 87, 'sunny': 29, 'saddle': 10, 'coral': 80}, {'falcon': 98, 'timber': 64, 'sunny': 99}), {'falcon': 98, 'timber': 96, 'sunny': 29, 'river': 87, 'saddle': 10, 'coral': 80}), (({'tiger': 79, 'pearl': 85, 'harbor': 41}, {'walnut': 79, 'brick': 17, 'cloud': 44, 'olive': 23, 'lotus': 7, 'tiger': 83, 'pearl': 57}), {'walnut': 79, 'brick': 17, 'cloud': 44, 'olive': 23, 'lotus': 7, 'tiger': 79, 'pearl': 85, 'harbor': 41}), (({'saddle': 21, 'velvet': 86, 'kettle': 75}, {'raven': 33, 'brick': 4, 'river': 67, 'cedar': 75, 'maple': 32, 'kettle': 43, 'velvet': 58}), {'raven': 33, 'brick': 4, 'river': 67, 'cedar': 75, 'maple': 32, 'kettle': 75, 'velvet': 86, 'saddle': 21}), (({'lantern': 75}, {'saddle': 38, 'lantern': 17}), {'saddle': 38, 'lantern': 75})]
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

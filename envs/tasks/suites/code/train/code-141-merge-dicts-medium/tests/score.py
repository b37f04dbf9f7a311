"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'combine'
CASES = [(({}, {}), {}), (({'pearl': 56, 'sunny': 4, 'lemon': 6, 'brick': 59, 'delta': 50}, {'ember': 46, 'saddle': 27, 'cloud': 41, 'pearl': 36, 'sunny': 80}), {'pearl': 56, 'sunny': 80, 'lemon': 6, 'brick': 59, 'delta': 50, 'ember': 46, 'saddle': 27, 'cloud': 41}), (({'pearl': 84, 'garnet': 90, 'falcon': 50, 'walnut': 95, 'sunny': 4}, {'lantern': 1, 'cloud': 30, 'garnet': 7, 'cedar': 94, 'pearl': 73, 'falcon': 20}), {'pearl': 84, 'garnet': 90, 'falcon': 50, 'walnut': 95, 'sunny': 4, 'lantern': 1, 'cloud': 30, 'cedar': 94}), (({'brick': 44, 'frost': 30, 'island': 76}, {'olive': 41, 'harbor': 63, 'brick': 91, 'saddle': 30, 'delta': 37, 'island': 12}), {'brick': 91, 'frost': 30, 'island': 76, 'olive': 41, 'harbor': 63, 'saddle': 30, 'delta': 37}), (({'olive': 38}, {'tiger': 83, 'pearl': 90, 'lemon': 92, 'olive': 51}), {'olive': 51, 'tiger': 83, 'pearl': 90, 'lemon': 92}), (({'cobalt': 96, 'river': 37}, {'quartz': 41, 'brick': 91, 'timber': 38, 'cobalt': 5, 'river': 39}), {'cobalt': 96, 'river': 39, 'quartz': 41, 'brick': 91, 'timber': 38}), (({'willow': 27, 'pepper': 84, 'velvet': 90, 'cedar': 41}, {'mango': 49, 'walnut': 72, 'saddle': 75, 'pepper': 51, 'willow': 63}), {'willow': 63, 'pepper': 84, 'velvet': 90, 'cedar': 41, 'mango': 49, 'walnut': 72, 'saddle': 75}), (({'sunny': 87, 'river': 63, 'ember': 58}, {'brick': 77, 'stone': 79, 'island': 21, 'jasper': 12, 'river': 99, 'ember': 77}), {'sunny': 87, 'river': 99, 'ember': 77, 'brick': 77, 'stone': 79, 'island': 21, 'jasper': 12})]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'overlay'
CASES = [(({}, {}), {}), (({'quartz': 37, 'stone': 4, 'maple': 1, 'island': 86, 'nectar': 67}, {'nectar': 76, 'mango': 51, 'harbor': 2, 'quartz': 56, 'stone': 22}), {'quartz': 56, 'stone': 22, 'maple': 1, 'island': 86, 'nectar': 76, 'mango': 51, 'harbor': 2}), (({'walnut': 19}, {'sunny': 84, 'timber': 4, 'walnut': 67}), {'walnut': 67, 'sunny': 84, 'timber': 4}), (({'velvet': 70, 'meadow': 7, 'tiger': 29}, {'pepper': 62, 'willow': 22, 'island': 26, 'tiger': 92, 'meadow': 50}), {'velvet': 70, 'meadow': 50, 'tiger': 92, 'pepper': 62, 'willow': 22, 'island': 26}), (({'mango': 65}, {'tiger': 26, 'mango': 2}), {'mango': 65, 'tiger': 26}), (({'raven': 76, 'quartz': 43, 'brick': 17, 'river': 29}, {'timber': 29, 'brick': 89, 'quartz': 37}), {'raven': 76, 'quartz': 43, 'brick': 89, 'river': 29, 'timber': 29}), (({'velvet': 13}, {'maple': 68, 'velvet': 6}), {'velvet': 13, 'maple': 68}), (({'velvet': 56, 'pepper': 45, 'nectar': 71, 'quartz': 32}, {'pepper': 96, 'river': 58, 'cobalt': 49, 'cedar': 94, 'orchid': 83, 'velvet': 70}), {'velvet': 70, 'pepper': 96, 'nectar': 71, 'quartz': 32, 'river': 58, 'cobalt': 49, 'cedar': 94, 'orchid': 83})]
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

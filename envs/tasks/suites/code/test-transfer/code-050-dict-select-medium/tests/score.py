"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'keys_at_least'
CASES = [(({'maple': 29, 'quartz': 26},), []), (({'raven': 82, 'willow': 28, 'tiger': 43, 'apple': 5},), ['raven']), (({'mango': 75, 'walnut': 91},), ['mango', 'walnut']), (({'island': 4, 'frost': 78, 'cobalt': 58, 'willow': 99, 'mango': 88},), ['cobalt', 'frost', 'mango', 'willow']), (({'quartz': 86, 'willow': 48, 'pearl': 92, 'pepper': 47, 'tiger': 12, 'delta': 48, 'garnet': 36},), ['pearl', 'quartz']), (({'coral': 36, 'olive': 93, 'jasper': 94, 'lemon': 29, 'walnut': 91},), ['jasper', 'olive', 'walnut']), (({'olive': 14, 'quartz': 9, 'walnut': 12, 'pearl': 54, 'delta': 28, 'velvet': 32, 'lemon': 3},), ['pearl']), (({'jasper': 23, 'maple': 88, 'quartz': 83, 'raven': 63, 'lemon': 1},), ['maple', 'quartz', 'raven'])]
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

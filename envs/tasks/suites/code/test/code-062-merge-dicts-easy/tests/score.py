"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'union'
CASES = [(({}, {}), {}), (({'tiger': 71}, {'coral': 38, 'garnet': 32, 'tiger': 82, 'willow': 1}), {'coral': 38, 'garnet': 32, 'tiger': 71, 'willow': 1}), (({'quartz': 86, 'coral': 46}, {'garnet': 8, 'raven': 14, 'quartz': 81, 'coral': 89}), {'garnet': 8, 'raven': 14, 'quartz': 86, 'coral': 46}), (({'frost': 12}, {'cobalt': 51, 'nectar': 17, 'frost': 18}), {'cobalt': 51, 'nectar': 17, 'frost': 12}), (({'saddle': 1, 'cloud': 23, 'orchid': 82, 'olive': 29, 'quartz': 8}, {'jasper': 10, 'frost': 94, 'cloud': 68, 'quartz': 67}), {'jasper': 10, 'frost': 94, 'cloud': 23, 'quartz': 8, 'saddle': 1, 'orchid': 82, 'olive': 29}), (({'timber': 2, 'pearl': 64}, {'brick': 61, 'timber': 46, 'pearl': 48}), {'brick': 61, 'timber': 2, 'pearl': 64}), (({'raven': 94, 'walnut': 15, 'lotus': 7, 'apple': 78}, {'velvet': 78, 'saddle': 16, 'lemon': 92, 'walnut': 81, 'lotus': 15}), {'velvet': 78, 'saddle': 16, 'lemon': 92, 'walnut': 15, 'lotus': 7, 'raven': 94, 'apple': 78}), (({'apple': 90, 'willow': 48, 'cloud': 92, 'sunny': 16}, {'maple': 76, 'cloud': 42, 'willow': 27}), {'maple': 76, 'cloud': 92, 'willow': 48, 'apple': 90, 'sunny': 16})]
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

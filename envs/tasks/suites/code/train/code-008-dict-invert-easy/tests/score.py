"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'swap'
CASES = [(({},), {}), (({'willow': 72},), {72: 'willow'}), (({'falcon': 29, 'harbor': 61, 'cloud': 54, 'amber': 50},), {29: 'falcon', 61: 'harbor', 54: 'cloud', 50: 'amber'}), (({'walnut': 30},), {30: 'walnut'}), (({'saddle': 45, 'cloud': 50, 'apple': 9},), {45: 'saddle', 50: 'cloud', 9: 'apple'}), (({'island': 80, 'cobalt': 45, 'brick': 40, 'maple': 54},), {80: 'island', 45: 'cobalt', 40: 'brick', 54: 'maple'}), (({'stone': 28, 'delta': 75},), {28: 'stone', 75: 'delta'}), (({'cloud': 88},), {88: 'cloud'})]
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

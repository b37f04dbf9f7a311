"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'frequencies'
CASES = [(('sunny-olive-raven-olive-pearl-tiger-delta-brick-tiger',), {'sunny': 1, 'olive': 2, 'raven': 1, 'pearl': 1, 'tiger': 2, 'delta': 1, 'brick': 1}), (('raven-brick-brick',), {'raven': 1, 'brick': 2}), (('delta-brick-raven-sunny',), {'delta': 1, 'brick': 1, 'raven': 1, 'sunny': 1}), (('raven-raven-tiger-delta-sunny-pearl-sunny-lemon-olive-sunny-lemon-delta-pearl-tiger',), {'raven': 2, 'tiger': 2, 'delta': 2, 'sunny': 3, 'pearl': 2, 'lemon': 2, 'olive': 1}), (('olive-sunny-sunny-sunny-lemon-pearl-olive-tiger-tiger',), {'olive': 2, 'sunny': 3, 'lemon': 1, 'pearl': 1, 'tiger': 2}), (('tiger-lemon-lemon-brick-pearl-brick-pearl-sunny-tiger-lemon-sunny',), {'tiger': 2, 'lemon': 3, 'brick': 2, 'pearl': 2, 'sunny': 2}), (('raven-sunny-brick-tiger-pearl-olive-brick-tiger-delta-pearl-pearl-lemon-tiger',), {'raven': 1, 'sunny': 1, 'brick': 2, 'tiger': 3, 'pearl': 3, 'olive': 1, 'delta': 1, 'lemon': 1}), (('lemon-tiger-delta-raven-delta-brick-delta-tiger-tiger-delta-delta',), {'lemon': 1, 'tiger': 3, 'delta': 5, 'raven': 1, 'brick': 1})]
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

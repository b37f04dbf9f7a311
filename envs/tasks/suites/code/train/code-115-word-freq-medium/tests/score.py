"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'frequencies'
CASES = [(('',), {}), (('pearl',), {'pearl': 1}), (('delta raven pearl bricK: peARL sunNY dElTa. lemon: OlivE OLive dELta oLiVe',), {'delta': 3, 'raven': 1, 'pearl': 2, 'brick': 1, 'sunny': 1, 'lemon': 1, 'olive': 3}), (('raveN: brIcK.',), {'raven': 1, 'brick': 1}), (('lemon',), {'lemon': 1}), (('sunNY.',), {'sunny': 1}), (('Tiger ravEn. lemoN raVen',), {'tiger': 1, 'raven': 2, 'lemon': 1}), (('deLtA: suNny. pearL lEmon',), {'delta': 1, 'sunny': 1, 'pearl': 1, 'lemon': 1})]
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

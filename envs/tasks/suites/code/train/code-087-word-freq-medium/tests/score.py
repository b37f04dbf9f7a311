"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'tally'
CASES = [(('',), {}), (('peArl! TIger! delta! sunny? raven, tiGer, Raven tiger! OlivE? deLTa tiger? deltA ravEN',), {'pearl': 1, 'tiger': 4, 'delta': 3, 'sunny': 1, 'raven': 3, 'olive': 1}), (('Lotus Cedar? raVen sunny? olIvE Pearl. sunnY?',), {'lotus': 1, 'cedar': 1, 'raven': 1, 'sunny': 2, 'olive': 1, 'pearl': 1}), (('ceDar ceDar loTus SUnny tigER? oLiVe. tiger raven! deLtA! olIve?',), {'cedar': 2, 'lotus': 1, 'sunny': 1, 'tiger': 2, 'olive': 2, 'raven': 1, 'delta': 1}), (('CEDar sunnY? ceDAr. OLIve.',), {'cedar': 2, 'sunny': 1, 'olive': 1}), (('pEaRl',), {'pearl': 1}), (('SUNNy Delta! lotUs rAven? tIGEr, PeaRl! TIGer. LoTus! loTus, suNny tiGer, TigeR! rAVen Olive.',), {'sunny': 2, 'delta': 1, 'lotus': 3, 'raven': 2, 'tiger': 4, 'pearl': 1, 'olive': 1}), (('cEdAr RAven pEarL? DElta loTus? OLiVe. pearl, lOtus, rAVeN rAVen.',), {'cedar': 1, 'raven': 3, 'pearl': 2, 'delta': 1, 'lotus': 2, 'olive': 1})]
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

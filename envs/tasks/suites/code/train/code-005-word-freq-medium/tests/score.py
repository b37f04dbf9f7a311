"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'count_words'
CASES = [(('',), {}), (('Amber OliVe lotUS? dElta, tIgeR deLta tiger! Lotus olIVE! olIvE!',), {'amber': 1, 'olive': 3, 'lotus': 2, 'delta': 2, 'tiger': 2}), (('AmbeR pearl LotuS, pearL, LoTUs PEarl! peaRL tIGeR, dElta amBer ambeR',), {'amber': 3, 'pearl': 4, 'lotus': 2, 'tiger': 1, 'delta': 1}), (('deLta!',), {'delta': 1}), (('ambEr? DeLTa ceDaR, lOtuS pEarL deLtA! Pearl delta DEltA! AMber AmBer, CEDaR! lOtus! olIve!',), {'amber': 3, 'delta': 4, 'cedar': 2, 'lotus': 2, 'pearl': 2, 'olive': 1}), (('cEdAr, Pearl lOTus! CeDar? delTa, TIgEr?',), {'cedar': 2, 'pearl': 1, 'lotus': 1, 'delta': 1, 'tiger': 1}), (('tiGer! tiger, ambeR PeArl',), {'tiger': 2, 'amber': 1, 'pearl': 1}), (('Tiger pEarl Pearl pEarL lotus pearL? ambEr!',), {'tiger': 1, 'pearl': 4, 'lotus': 1, 'amber': 1})]
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

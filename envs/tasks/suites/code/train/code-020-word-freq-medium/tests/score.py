"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'count_words'
CASES = [(('',), {}), (('Cedar: Coral. amber. coRAl EMbEr cEDAR eMbER.',), {'cedar': 2, 'coral': 2, 'amber': 1, 'ember': 2}), (('Ember amber. coral; ceDAr: AMbeR; peaRl deLTa. FRost aMbEr frost:',), {'ember': 1, 'amber': 3, 'coral': 1, 'cedar': 1, 'pearl': 1, 'delta': 1, 'frost': 2}), (('cedar: pEaRl LotuS peArl amber emBeR ember: PeARl eMbeR; cORaL: Frost. corAl pearL; delta.',), {'cedar': 1, 'pearl': 4, 'lotus': 1, 'amber': 1, 'ember': 3, 'coral': 2, 'frost': 1, 'delta': 1}), (('CEdaR; froSt LOtus; emBEr: CorAL: deLta lotus; CedAr: ambER. Coral cedaR',), {'cedar': 3, 'frost': 1, 'lotus': 2, 'ember': 1, 'coral': 2, 'delta': 1, 'amber': 1}), (('lotus Ember: loTus; COrAl lOtus: coral. DeLtA. cEdAr FrOSt.',), {'lotus': 3, 'ember': 1, 'coral': 2, 'delta': 1, 'cedar': 1, 'frost': 1}), (('COral eMber. AmbeR: delta.',), {'coral': 1, 'ember': 1, 'amber': 1, 'delta': 1}), (('dElTa: embeR frost amber DElTA; fRoST ambeR delTa CoraL. LotUs aMbEr:',), {'delta': 3, 'ember': 1, 'frost': 2, 'amber': 3, 'coral': 1, 'lotus': 1})]
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

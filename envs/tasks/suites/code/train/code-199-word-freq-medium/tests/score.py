"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'count_words'
CASES = [(('',), {}), (('Frost mApLe CeDar. maple',), {'frost': 1, 'maple': 2, 'cedar': 1}), (('cloud frOsT; CEdaR frosT. ceDAr;',), {'cloud': 1, 'frost': 2, 'cedar': 2}), (('amBEr; Amber aMBEr. emBER fRosT mAple Frost lOtus.',), {'amber': 3, 'ember': 1, 'frost': 2, 'maple': 1, 'lotus': 1}), (('mAple',), {'maple': 1}), (('EmBer mapLE. MApLe. froSt cOral fRosT emBer ambEr maplE. ceDAR; AMber. frost. aMber corAL',), {'ember': 2, 'maple': 3, 'frost': 3, 'coral': 2, 'amber': 3, 'cedar': 1}), (('Cloud. mAple Cloud. Cedar; maple; cLouD; lotus. coral. lotus. cedar aMBER FRosT; maple; lotuS',), {'cloud': 3, 'maple': 3, 'cedar': 2, 'lotus': 3, 'coral': 1, 'amber': 1, 'frost': 1}), (('coral; FRost',), {'coral': 1, 'frost': 1})]
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

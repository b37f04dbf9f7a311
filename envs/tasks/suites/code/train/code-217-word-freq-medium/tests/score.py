"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'frequencies'
CASES = [(('',), {}), (('loTUS. LOtus. coral.',), {'lotus': 2, 'coral': 1}), (('ember. mapLe. FrosT! lotus amber eMber. amber! cedar!',), {'ember': 2, 'maple': 1, 'frost': 1, 'lotus': 1, 'amber': 2, 'cedar': 1}), (('clOUd! cedAr! fRoSt.',), {'cloud': 1, 'cedar': 1, 'frost': 1}), (('EmbeR. cedar EmBer cedAr cLOud! CeDar. cedAr lOtUS. FrosT ember MaplE! cEDar cedAr!',), {'ember': 3, 'cedar': 6, 'cloud': 1, 'lotus': 1, 'frost': 1, 'maple': 1}), (('corAl. cLoud Lotus! lOtus! Amber embeR! coRal. mapLE. emBEr! frost. AMbEr. cloud',), {'coral': 2, 'cloud': 2, 'lotus': 2, 'amber': 2, 'ember': 2, 'maple': 1, 'frost': 1}), (('LotUs CloUD mApLe maple maple LOtuS! LOtus LoTus',), {'lotus': 4, 'cloud': 1, 'maple': 3}), (('coraL. maPLE! loTus! maple! corAL EMber! coRal frost maPle! coral cloUD mAple CoraL',), {'coral': 5, 'maple': 4, 'lotus': 1, 'ember': 1, 'frost': 1, 'cloud': 1})]
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

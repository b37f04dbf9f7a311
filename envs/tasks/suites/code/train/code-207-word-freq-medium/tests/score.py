"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'count_words'
CASES = [(('',), {}), (('OlivE tiger? Coral. AMBER: LoTus! tIgeR tiGer? lotUs! cedar? delTa oLIve? LOtus oliVE? aMber:',), {'olive': 3, 'tiger': 3, 'coral': 1, 'amber': 2, 'lotus': 3, 'cedar': 1, 'delta': 1}), (('ambeR: olIvE? LotUS? dElta ceDAR',), {'amber': 1, 'olive': 1, 'lotus': 1, 'delta': 1, 'cedar': 1}), (('dElta: pearl CedAR. pEARl? ambeR! ceDar! cedAR OliVe LotUs.',), {'delta': 1, 'pearl': 2, 'cedar': 3, 'amber': 1, 'olive': 1, 'lotus': 1}), (('COral! loTus! DeLtA:',), {'coral': 1, 'lotus': 1, 'delta': 1}), (('delta! CorAL. loTus? olivE cORaL oLive. aMBER coraL. peaRl? DELTa!',), {'delta': 2, 'coral': 3, 'lotus': 1, 'olive': 2, 'amber': 1, 'pearl': 1}), (('coral: tiGeR: TIGer loTus: cedAr:',), {'coral': 1, 'tiger': 2, 'lotus': 1, 'cedar': 1}), (('PEArl olIve: Lotus amber? cOral! lOtuS? OlivE: amber.',), {'pearl': 1, 'olive': 2, 'lotus': 2, 'amber': 2, 'coral': 1})]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'tally'
CASES = [(('',), {}), (('oliVe: DelTA! peaRl! aMBeR? tiGer tIger? LotUS DeltA aMbER DelTa! tigeR tiGeR!',), {'olive': 1, 'delta': 3, 'pearl': 1, 'amber': 2, 'tiger': 4, 'lotus': 1}), (('lotus? AMber oLIve cEdAr: cEDar',), {'lotus': 1, 'amber': 1, 'olive': 1, 'cedar': 2}), (('oliVe delTA? delta! OLive AMbEr:',), {'olive': 2, 'delta': 2, 'amber': 1}), (('deLta! coral? lotus tIger olive delTa cEdAr? AMber? COrAl! DELTa PeaRl peaRl pearl: OliVe',), {'delta': 3, 'coral': 2, 'lotus': 1, 'tiger': 1, 'olive': 2, 'cedar': 1, 'amber': 1, 'pearl': 3}), (('TigEr: CoRal? olIve? amber lOtus! LOTus? coraL?',), {'tiger': 1, 'coral': 2, 'olive': 1, 'amber': 1, 'lotus': 2}), (('delTa tiGEr dELTa! ambER ceDAR COral pearl deLta coRal!',), {'delta': 3, 'tiger': 1, 'amber': 1, 'cedar': 1, 'coral': 2, 'pearl': 1}), (('tiger?',), {'tiger': 1})]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'unique_words'
CASES = [(([],), []), ((['COral', 'orcHid', 'Orchid', 'CorAl', 'DelTa', 'coral', 'PepPer'],), ['COral', 'orcHid', 'DelTa', 'PepPer']), ((['delta', 'orchiD', 'rAvEn', 'orchID', 'pepper', 'dElta', 'delta'],), ['delta', 'orchiD', 'rAvEn', 'pepper']), ((['Delta', 'deltA', 'ravEN', 'pePpeR', 'delTA', 'peppEr', 'peppER', 'PEpPer'],), ['Delta', 'ravEN', 'pePpeR']), ((['rAVeN', 'peppeR', 'coral', 'pEPper'],), ['rAVeN', 'peppeR', 'coral']), ((['delTa', 'orCHID', 'delta', 'DelTA', 'RAVeN'],), ['delTa', 'orCHID', 'RAVeN']), ((['deLta', 'ORChid', 'deltA', 'orcHid'],), ['deLta', 'ORChid']), ((['rAVEN', 'DElta', 'oRCHid'],), ['rAVEN', 'DElta', 'oRCHid'])]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'frequencies'
CASES = [(('',), {}), (('nectaR lantern, orchId mEadow PePpER, nectar lAntErn mEadOw: necTAR mEadow, sadDle Quartz:',), {'nectar': 3, 'lantern': 2, 'orchid': 1, 'meadow': 3, 'pepper': 1, 'saddle': 1, 'quartz': 1}), (('sAdDlE, pepPeR: orCHid: saDdlE, qUaRTz, NectaR: pEPper: meadow ORChID: lAnterN',), {'saddle': 2, 'pepper': 2, 'orchid': 2, 'quartz': 1, 'nectar': 1, 'meadow': 1, 'lantern': 1}), (('OrChid sadDle timBer, SaDdLE, nectar neCtar orchId: SADdlE, lanTeRN: sadDle: QuarTZ:',), {'orchid': 2, 'saddle': 4, 'timber': 1, 'nectar': 2, 'lantern': 1, 'quartz': 1}), (('meadoW saDdlE: quartZ, pePpEr, qUarTz',), {'meadow': 1, 'saddle': 1, 'quartz': 2, 'pepper': 1}), (('tImbeR, nectar: meadOW sadDLe: qUaRtZ: laNTeRN saddLe: timBer quartz: meaDOw LAnTeRn: SaDdLe pEPPer',), {'timber': 2, 'nectar': 1, 'meadow': 2, 'saddle': 3, 'quartz': 2, 'lantern': 2, 'pepper': 1}), (('Quartz, NeCtar: OrchiD, laNteRN: lANteRn pEpper: orchId lantErn:',), {'quartz': 1, 'nectar': 1, 'orchid': 2, 'lantern': 3, 'pepper': 1}), (('quartz NeCtar: tiMber:',), {'quartz': 1, 'nectar': 1, 'timber': 1})]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'count_words'
CASES = [(('',), {}), (('KettLe, quaRTz, oRcHId, QuartZ, meadOW MeaDoW kettLe kettle Quartz ketTle pePper PePPER lanteRn laNtErn',), {'kettle': 4, 'quartz': 3, 'orchid': 1, 'meadow': 2, 'pepper': 2, 'lantern': 2}), (('ketTlE! mEadoW! meADow orChid meaDow! peppER kettlE! jAsPer Nectar NecTar JaspEr!',), {'kettle': 2, 'meadow': 3, 'orchid': 1, 'pepper': 1, 'jasper': 2, 'nectar': 2}), (('NeCtaR kettlE jaSper, laNtErn pEppER PEppEr nectAR meAdOW meadoW ORcHId jasPer, JaSper ORcHiD!',), {'nectar': 2, 'kettle': 1, 'jasper': 3, 'lantern': 1, 'pepper': 2, 'meadow': 2, 'orchid': 2}), (('KettLE, Quartz jAsper orchiD laNtern quaRTz nEctar, lANtern qUartz NeCTar jaSper! meAdow lAnTerN, quartZ,',), {'kettle': 1, 'quartz': 4, 'jasper': 2, 'orchid': 1, 'lantern': 3, 'nectar': 2, 'meadow': 1}), (('Kettle Jasper! Pepper keTtLE! nEctar! PePper',), {'kettle': 2, 'jasper': 1, 'pepper': 2, 'nectar': 1}), (('peppEr NEctar JASper QUartz ketTle, meadow! quartZ LantErn lanTErN, Nectar NecTar Meadow',), {'pepper': 1, 'nectar': 3, 'jasper': 1, 'quartz': 2, 'kettle': 1, 'meadow': 2, 'lantern': 2}), (('mEaDow! KettlE orChiD lantern JasPeR kettle ketTLe jaspeR KettlE!',), {'meadow': 1, 'kettle': 4, 'orchid': 1, 'lantern': 1, 'jasper': 2})]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'word_counts'
CASES = [(('',), {}), (('laNteRn WIllow; LanteRn!',), {'lantern': 2, 'willow': 1}), (('haRboR IslAnd! harBor JaspER! Island hArbor falcoN',), {'harbor': 3, 'island': 2, 'jasper': 1, 'falcon': 1}), (('ketTLE GarnET JAsper; kETTle wilLOw! HARbor; ketTle WilloW jaSPeR kEtTle; lAnterN! FAlcOn',), {'kettle': 4, 'garnet': 1, 'jasper': 2, 'willow': 2, 'harbor': 1, 'lantern': 1, 'falcon': 1}), (('faLcOn KetTle',), {'falcon': 1, 'kettle': 1}), (('kEtTle Kettle FalCon JaspEr; HArbOR! HarbOr; KetTle;',), {'kettle': 3, 'falcon': 1, 'jasper': 1, 'harbor': 2}), (('GarnEt laNtern isLAnd; hARBor! KettlE! kettLE GarNeT willOw jasper Jasper garNet wiLlow IsLAND lanteRn',), {'garnet': 3, 'lantern': 2, 'island': 2, 'harbor': 1, 'kettle': 2, 'willow': 2, 'jasper': 2}), (('KETtLe JaspeR',), {'kettle': 1, 'jasper': 1})]
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

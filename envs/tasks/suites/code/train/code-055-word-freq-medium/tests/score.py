"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'count_words'
CASES = [(('',), {}), (('HaRboR',), {'harbor': 1}), (('harbor! GArnet falcOn JaSpeR! HArbor Jasper.',), {'harbor': 2, 'garnet': 1, 'falcon': 1, 'jasper': 2}), (('garNet: GaRnEt! willOw: jAsPEr. lanterN WiLLoW',), {'garnet': 2, 'willow': 2, 'jasper': 1, 'lantern': 1}), (('wIllow! IsLand. HARBOr kEttLE keTtle: keTtle Garnet. jasper iSLand isLAnd',), {'willow': 1, 'island': 3, 'harbor': 1, 'kettle': 3, 'garnet': 1, 'jasper': 1}), (('LaNTern: HarBor! wIllOw: garneT. jasPeR: kEtTle lanTERn: wIlLOw! FALcOn fAlcOn harbor',), {'lantern': 2, 'harbor': 2, 'willow': 2, 'garnet': 1, 'jasper': 1, 'kettle': 1, 'falcon': 2}), (('hArbor willoW HaRbor! jasper. ketTle! JasPer GArNET: islanD: jaSper!',), {'harbor': 2, 'willow': 1, 'jasper': 3, 'kettle': 1, 'garnet': 1, 'island': 1}), (('hArbOR GaRNEt. LAnTErN haRboR. garnEt! keTtle wIllow hArbor. ketTlE: JAsPER GArnet! jASper! GaRnET! kettLE!',), {'harbor': 3, 'garnet': 4, 'lantern': 1, 'kettle': 3, 'willow': 1, 'jasper': 2})]
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

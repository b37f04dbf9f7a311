"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'count_words'
CASES = [(('',), {}), (('pEppEr. saddLe sadDlE! PeppeR! pEpper WAlNut pePPEr! neCTAR. WAlNUT.',), {'pepper': 4, 'saddle': 2, 'walnut': 2, 'nectar': 1}), (('quartz. qUartZ Walnut tImbEr WALNut! PePpeR; NecTAr; pePpEr; TimbEr!',), {'quartz': 2, 'walnut': 2, 'timber': 2, 'pepper': 2, 'nectar': 1}), (('tiMBer. waLNut.',), {'timber': 1, 'walnut': 1}), (('orchiD timBeR; SAdDle TimBer oRcHId saddlE.',), {'orchid': 2, 'timber': 2, 'saddle': 2}), (('oRcHid; TimBer; orChId veLvet',), {'orchid': 2, 'timber': 1, 'velvet': 1}), (('saddLe QuARtz; WalNut! wALnut.',), {'saddle': 1, 'quartz': 1, 'walnut': 2}), (('NEctar sAddLe necTar SADDle. NEctar! walNut orchid! Nectar sadDle. TimBer; neCTAr.',), {'nectar': 5, 'saddle': 3, 'walnut': 1, 'orchid': 1, 'timber': 1})]
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

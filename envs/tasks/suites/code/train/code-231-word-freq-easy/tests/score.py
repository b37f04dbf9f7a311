"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'word_counts'
CASES = [(('saddle;velvet;walnut;pepper;velvet',), {'saddle': 1, 'velvet': 2, 'walnut': 1, 'pepper': 1}), (('walnut;nectar;quartz;timber;pepper;orchid;saddle;velvet;saddle',), {'walnut': 1, 'nectar': 1, 'quartz': 1, 'timber': 1, 'pepper': 1, 'orchid': 1, 'saddle': 2, 'velvet': 1}), (('timber;orchid;velvet;nectar;orchid;saddle;timber;velvet;saddle;quartz;pepper;nectar;nectar;saddle',), {'timber': 2, 'orchid': 2, 'velvet': 2, 'nectar': 3, 'saddle': 3, 'quartz': 1, 'pepper': 1}), (('pepper;saddle;nectar;walnut;saddle;quartz;velvet;walnut;timber;saddle;quartz;velvet',), {'pepper': 1, 'saddle': 3, 'nectar': 1, 'walnut': 2, 'quartz': 2, 'velvet': 2, 'timber': 1}), (('saddle;pepper;pepper;quartz;quartz;nectar;velvet;pepper',), {'saddle': 1, 'pepper': 3, 'quartz': 2, 'nectar': 1, 'velvet': 1}), (('quartz;orchid;velvet;walnut;orchid;walnut;quartz;timber',), {'quartz': 2, 'orchid': 2, 'velvet': 1, 'walnut': 2, 'timber': 1}), (('orchid;timber;orchid;nectar;nectar;orchid;walnut;walnut;pepper;orchid;walnut;nectar',), {'orchid': 4, 'timber': 1, 'nectar': 3, 'walnut': 3, 'pepper': 1}), (('timber;walnut;walnut;walnut;nectar;timber;nectar;quartz;nectar',), {'timber': 2, 'walnut': 3, 'nectar': 3, 'quartz': 1})]
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

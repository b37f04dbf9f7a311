"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'frequencies'
CASES = [(('meadow|lantern|timber|meadow|saddle|saddle|quartz|nectar|meadow|orchid|saddle|orchid|orchid|saddle',), {'meadow': 3, 'lantern': 1, 'timber': 1, 'saddle': 4, 'quartz': 1, 'nectar': 1, 'orchid': 3}), (('meadow|quartz',), {'meadow': 1, 'quartz': 1}), (('saddle|quartz|pepper|timber|meadow|saddle|timber|orchid',), {'saddle': 2, 'quartz': 1, 'pepper': 1, 'timber': 2, 'meadow': 1, 'orchid': 1}), (('pepper|timber|pepper|meadow|meadow|pepper|quartz',), {'pepper': 3, 'timber': 1, 'meadow': 2, 'quartz': 1}), (('quartz|timber|meadow',), {'quartz': 1, 'timber': 1, 'meadow': 1}), (('timber|nectar|timber|orchid|pepper|nectar|pepper|saddle|quartz|pepper|nectar|nectar',), {'timber': 2, 'nectar': 4, 'orchid': 1, 'pepper': 3, 'saddle': 1, 'quartz': 1}), (('saddle|pepper|saddle|timber|meadow|orchid|nectar|lantern',), {'saddle': 2, 'pepper': 1, 'timber': 1, 'meadow': 1, 'orchid': 1, 'nectar': 1, 'lantern': 1}), (('nectar|orchid|timber',), {'nectar': 1, 'orchid': 1, 'timber': 1})]
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

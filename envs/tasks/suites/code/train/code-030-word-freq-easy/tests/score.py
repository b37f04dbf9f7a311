"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'tally'
CASES = [(('',), {}), (('quartz lantern kettle jasper jasper pepper pepper pepper kettle',), {'quartz': 1, 'lantern': 1, 'kettle': 2, 'jasper': 2, 'pepper': 3}), (('quartz meadow',), {'quartz': 1, 'meadow': 1}), (('meadow jasper quartz meadow nectar kettle',), {'meadow': 2, 'jasper': 1, 'quartz': 1, 'nectar': 1, 'kettle': 1}), (('orchid quartz nectar',), {'orchid': 1, 'quartz': 1, 'nectar': 1}), (('jasper kettle nectar meadow lantern pepper meadow meadow quartz nectar nectar',), {'jasper': 1, 'kettle': 1, 'nectar': 3, 'meadow': 3, 'lantern': 1, 'pepper': 1, 'quartz': 1}), (('orchid quartz quartz orchid meadow lantern pepper',), {'orchid': 2, 'quartz': 2, 'meadow': 1, 'lantern': 1, 'pepper': 1}), (('kettle meadow lantern pepper',), {'kettle': 1, 'meadow': 1, 'lantern': 1, 'pepper': 1})]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'frequencies'
CASES = [(('harbor|kettle|lantern|jasper|island',), {'harbor': 1, 'kettle': 1, 'lantern': 1, 'jasper': 1, 'island': 1}), (('kettle|jasper|orchid|jasper|harbor|jasper|meadow|orchid|meadow',), {'kettle': 1, 'jasper': 3, 'orchid': 2, 'harbor': 1, 'meadow': 2}), (('island',), {'island': 1}), (('island|harbor|nectar|orchid|nectar|orchid',), {'island': 1, 'harbor': 1, 'nectar': 2, 'orchid': 2}), (('meadow|nectar|kettle|nectar|kettle|kettle|island',), {'meadow': 1, 'nectar': 2, 'kettle': 3, 'island': 1}), (('nectar|kettle|island|meadow|lantern|jasper|jasper|island|meadow',), {'nectar': 1, 'kettle': 1, 'island': 2, 'meadow': 2, 'lantern': 1, 'jasper': 2}), (('lantern',), {'lantern': 1}), (('kettle|orchid|nectar|orchid',), {'kettle': 1, 'orchid': 2, 'nectar': 1})]
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

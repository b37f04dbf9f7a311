"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'common_join_dicts'
CASES = [(({}, {}), {}), (({'lantern': 94, 'cobalt': 86, 'cloud': 29, 'raven': 72, 'quartz': 99}, {'quartz': 70, 'nectar': 53, 'frost': 31, 'cloud': 20, 'orchid': 48, 'raven': 51}), {'cloud': 20, 'raven': 51, 'quartz': 70}), (({'lemon': 95, 'island': 84, 'meadow': 19, 'nectar': 5, 'kettle': 4}, {'coral': 85, 'harbor': 92, 'cloud': 29, 'willow': 66, 'island': 65, 'kettle': 70}), {'island': 65, 'kettle': 4}), (({'velvet': 27, 'jasper': 86, 'maple': 67}, {'maple': 57, 'amber': 11, 'coral': 68, 'island': 23, 'jasper': 8}), {'jasper': 8, 'maple': 57}), (({'cloud': 94, 'coral': 96, 'harbor': 1, 'raven': 16}, {'saddle': 7, 'velvet': 64, 'lantern': 83, 'cloud': 19, 'coral': 94}), {'cloud': 19, 'coral': 94}), (({'timber': 86, 'mango': 40}, {'island': 97, 'mango': 13, 'timber': 1}), {'timber': 1, 'mango': 13}), (({'frost': 4, 'garnet': 34, 'pearl': 28}, {'ember': 64, 'cobalt': 50, 'quartz': 23, 'olive': 5, 'frost': 52, 'pearl': 31}), {'frost': 4, 'pearl': 28}), (({'lotus': 17, 'willow': 75, 'quartz': 42, 'cobalt': 50}, {'garnet': 74, 'nectar': 70, 'quartz': 23, 'lotus': 19}), {'lotus': 17, 'quartz': 23})]
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

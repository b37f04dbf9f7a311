"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'merge'
CASES = [(({}, {}), {}), (({'brick': 11, 'apple': 94, 'olive': 38, 'velvet': 33}, {'stone': 79, 'pearl': 96, 'velvet': 95, 'olive': 19}), {'stone': 79, 'pearl': 96, 'velvet': 33, 'olive': 38, 'brick': 11, 'apple': 94}), (({'maple': 60, 'garnet': 36, 'frost': 98, 'willow': 63, 'amber': 8}, {'orchid': 12, 'saddle': 49, 'apple': 87, 'garnet': 92, 'frost': 64}), {'orchid': 12, 'saddle': 49, 'apple': 87, 'garnet': 36, 'frost': 98, 'maple': 60, 'willow': 63, 'amber': 8}), (({'olive': 17}, {'mango': 38, 'olive': 58}), {'mango': 38, 'olive': 17}), (({'orchid': 91}, {'coral': 20, 'orchid': 59}), {'coral': 20, 'orchid': 91}), (({'frost': 4, 'pepper': 30}, {'pearl': 5, 'velvet': 75, 'lotus': 24, 'lantern': 60, 'pepper': 73, 'frost': 12}), {'pearl': 5, 'velvet': 75, 'lotus': 24, 'lantern': 60, 'pepper': 30, 'frost': 4}), (({'saddle': 10, 'mango': 54, 'amber': 83, 'meadow': 84, 'jasper': 26}, {'kettle': 81, 'coral': 82, 'mango': 35, 'saddle': 26}), {'kettle': 81, 'coral': 82, 'mango': 54, 'saddle': 10, 'amber': 83, 'meadow': 84, 'jasper': 26}), (({'apple': 83}, {'garnet': 73, 'apple': 87}), {'garnet': 73, 'apple': 83})]
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

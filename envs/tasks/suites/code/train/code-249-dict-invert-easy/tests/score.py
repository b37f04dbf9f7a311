"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'reverse_lookup'
CASES = [(({},), {}), (({'velvet': 86, 'garnet': 87, 'saddle': 37, 'olive': 13, 'jasper': 31, 'brick': 83},), {86: 'velvet', 87: 'garnet', 37: 'saddle', 13: 'olive', 31: 'jasper', 83: 'brick'}), (({'pepper': 56, 'mango': 54, 'island': 27},), {56: 'pepper', 54: 'mango', 27: 'island'}), (({'harbor': 70, 'timber': 59, 'willow': 56, 'lantern': 49, 'kettle': 65, 'raven': 41},), {70: 'harbor', 59: 'timber', 56: 'willow', 49: 'lantern', 65: 'kettle', 41: 'raven'}), (({'raven': 59, 'kettle': 54, 'timber': 60, 'coral': 20, 'pearl': 53},), {59: 'raven', 54: 'kettle', 60: 'timber', 20: 'coral', 53: 'pearl'}), (({'orchid': 91, 'river': 65, 'harbor': 16, 'apple': 24},), {91: 'orchid', 65: 'river', 16: 'harbor', 24: 'apple'}), (({'timber': 33, 'sunny': 14},), {33: 'timber', 14: 'sunny'}), (({'amber': 98, 'quartz': 72, 'pepper': 69, 'pearl': 13},), {98: 'amber', 72: 'quartz', 69: 'pepper', 13: 'pearl'})]
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

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'reverse_lookup'
CASES = [(({},), {}), (({'raven': 18, 'brick': 39, 'harbor': 10},), {18: 'raven', 39: 'brick', 10: 'harbor'}), (({'pearl': 58, 'jasper': 61, 'olive': 70, 'island': 45, 'orchid': 20},), {58: 'pearl', 61: 'jasper', 70: 'olive', 45: 'island', 20: 'orchid'}), (({'island': 51},), {51: 'island'}), (({'brick': 61, 'harbor': 54, 'kettle': 29, 'sunny': 92, 'cloud': 71, 'quartz': 21},), {61: 'brick', 54: 'harbor', 29: 'kettle', 92: 'sunny', 71: 'cloud', 21: 'quartz'}), (({'lemon': 84, 'apple': 27, 'cedar': 8, 'falcon': 13, 'lantern': 7},), {84: 'lemon', 27: 'apple', 8: 'cedar', 13: 'falcon', 7: 'lantern'}), (({'kettle': 31, 'lantern': 10, 'falcon': 45, 'saddle': 5, 'delta': 92, 'amber': 64},), {31: 'kettle', 10: 'lantern', 45: 'falcon', 5: 'saddle', 92: 'delta', 64: 'amber'}), (({'quartz': 16, 'lotus': 88},), {16: 'quartz', 88: 'lotus'})]
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

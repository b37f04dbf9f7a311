"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'encode'
CASES = [(('',), ''), (('lantern frost ice.',), 'ynagrea sebfg vpr.'), (('ember coral wind tree sky?',), 'rzore pbeny jvaq gerr fxl?'), (('river!',), 'evire!'), (('cobalt sun coral sunny falcon!',), 'pbonyg fha pbeny fhaal snypba!'), (('willow.',), 'jvyybj.'), (('timber island owl?',), 'gvzore vfynaq bjy?'), (('cloud stone falcon delta garnet?',), 'pybhq fgbar snypba qrygn tnearg?')]
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

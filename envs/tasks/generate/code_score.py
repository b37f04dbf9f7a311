"""tests/score.py of a code task: the share of hidden cases /workspace/solution.py passes,
each case scored on its own under a time limit (partial credit is the code suite's reward)."""

SCORE_BODY = '''
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
'''
"""tests/score.py after its NAME and CASES lines: a missing or broken solution.py scores 0;
each case is scored on its own, so an exception, a wrong answer or a timeout (an endless
loop) fails only that case; what the solution prints cannot mix into the score line."""


def score_script(name: str, cases: list[tuple[tuple[object, ...], object]]) -> str:
    """The script for function `name` and its hidden (arguments, expected result) cases."""
    head = (
        '"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""\n\n'
        f"NAME = {name!r}\nCASES = {cases!r}\nCASE_LIMIT_S = 1\n"
    )
    return head + SCORE_BODY

"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'mirror_text'
CASES = [(('',), ''), (('tiger red',), 'red_tiger'), (('of cloud of',), 'of_cloud_of'), (('brick sky apple of',), 'of_apple_sky_brick'), (('kettle delta lantern kettle',), 'kettle_lantern_delta_kettle'), (('a apple island blue to blue cloud',), 'cloud_blue_to_blue_island_apple_a'), (('lotus lemon to raven cedar maple jasper red',), 'red_jasper_maple_cedar_raven_to_lemon_lotus'), (('to jasper pearl raven cloud velvet cedar falcon',), 'falcon_cedar_velvet_cloud_raven_pearl_jasper_to')]
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

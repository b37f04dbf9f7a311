"""Prints the share of hidden cases that /workspace/solution.py passes (0 to 1)."""

NAME = 'flip_words'
CASES = [(('',), ''), (('map coral owl maple jasper pepper delta',), 'delta_pepper_jasper_maple_owl_coral_map'), (('nectar meadow orchid red of',), 'of_red_orchid_meadow_nectar'), (('maple garnet mango timber jasper sunny saddle',), 'saddle_sunny_jasper_timber_mango_garnet_maple'), (('maple harbor orchid of map ice cedar jasper',), 'jasper_cedar_ice_map_of_orchid_harbor_maple'), (('lantern tree saddle amber nectar sky',), 'sky_nectar_amber_saddle_tree_lantern'), (('garnet moon',), 'moon_garnet'), (('maple nectar sun wind orchid harbor tree maple',), 'maple_tree_harbor_orchid_wind_sun_nectar_maple')]
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

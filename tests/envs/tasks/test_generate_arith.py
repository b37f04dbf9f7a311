"""The arith families: each answer follows from the numbers in its text, the oracle's
expression uses only those numbers, phrasings vary, transfer families stay out of training.

The expected answers here are worked out from the instruction text alone, the way a reader
would (a rate problem multiplies its two numbers, a remainder problem takes the larger
modulo the smaller, ...), never from the generator's expression.
"""

import math
import random
import re
import subprocess
from collections.abc import Callable

import pytest

from loopwright.envs.tasks import SPLITS, load_suite
from loopwright.envs.tasks.generate import generate_suite
from loopwright.envs.tasks.generate.arith import FAMILIES
from loopwright.envs.tasks.generate.phrasing import FINISH
from loopwright.envs.tasks.generate.spec import LEVELS, Family, Level, TaskSpec

DRAWS = 25
"""Tasks drawn per family and level in each property test."""
UNIT_FACTORS = {
    "hours": 60, "minutes": 60, "days": 24, "weeks": 7, "kilometres": 1000, "kilograms": 1000,
    "metres": 100, "litres": 1000, "dozen eggs": 12,
}
"""How many of the next smaller unit make one of these (what a reader knows)."""
QUANTITY = re.compile(r"(\d+) (" + "|".join(UNIT_FACTORS) + r")\b")
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", text)]


def whole(numerator: int, denominator: int) -> int:
    """An exact quotient; the text promised one."""
    assert numerator % denominator == 0, f"{numerator} / {denominator} is not whole"
    return numerator // denominator


def percent_of(text: str, rest: int) -> int:
    return whole(rest * int(re.search(r"(\d+)%", text).group(1)), 100)


def without_percent(text: str) -> list[int]:
    return numbers(re.sub(r"\d+%", "", text))


def converted(text: str) -> list[int]:
    """The first quantity with a unit, in the next smaller unit, then the other numbers."""
    match = QUANTITY.search(text)
    rest = numbers(text[: match.start()] + text[match.end():])
    return [int(match.group(1)) * UNIT_FACTORS[match.group(2)], *rest]


def more_than_times(text: str) -> int:
    """`k times as many` as `a`, then `c more` (or `plus c`, `c fewer`, `minus c`)."""
    k_match = re.search(r"(\d+) times", text)
    c_match = re.search(r"(\d+) (?:\w+ )?(more|fewer)\b|\b(plus|minus) (\d+)", text)
    rest = text
    for match in sorted((k_match, c_match), key=lambda m: -m.start()):
        rest = rest[: match.start()] + rest[match.end():]
    (a,) = numbers(rest)
    c = int(c_match.group(1) or c_match.group(4))
    sign = -1 if (c_match.group(2) or c_match.group(3)) in ("fewer", "minus") else 1
    return int(k_match.group(1)) * a + sign * c


Solver = Callable[[str, Level], int]
SOLVERS: dict[str, Solver] = {
    "expression": lambda t, _: eval(re.search(r"`([^`]+)`", t).group(1), {"__builtins__": {}}),  # noqa: S307
    "rates": lambda t, _: math.prod(numbers(t)),
    "totals": lambda t, _: sum(numbers(t)),
    "differences": lambda t, _: max(numbers(t)) - min(numbers(t)),
    "remainders": lambda t, _: max(numbers(t)) % min(numbers(t)),
    "groups": lambda t, _: max(numbers(t)) // min(numbers(t)),
    "sharing": lambda t, _: whole(max(numbers(t)), min(numbers(t))),
    "percentages": lambda t, _: percent_of(t, *without_percent(t)),
    "conversions": lambda t, _: sum(converted(t)),
    "multistep": lambda t, _: (lambda a, b, c, d=0: a * b - c + d)(*numbers(t)),
    "averages": lambda t, _: whole(sum(numbers(t)), len(numbers(t))),
    "ages": lambda t, level: max(numbers(t)) - min(numbers(t)) if level == "medium" else sum(numbers(t)),
    "geometry": lambda t, _: (2 * sum(numbers(t)) if re.search(r"perimeter|around", t) else math.prod(numbers(t))),
    "multiples": lambda t, _: math.prod(numbers(t)),
    "discounted-total": lambda t, _: percent_of(t, sum(without_percent(t))),
    "convert-remainder": lambda t, _: (lambda n, m, b: (n + m) % b)(*converted(t)),
    "more-than-times": lambda t, _: more_than_times(t),
    "recipe-scaling": lambda t, _: (lambda p1, q, p2: whole(q * p2, p1))(*numbers(t)),
}


def problem_text(spec: TaskSpec) -> str:
    """The instruction without its answer sentence (which names /workspace/answer.txt)."""
    return "\n".join(line for line in spec.instruction.splitlines() if "answer.txt" not in line)


def checked_value(spec: TaskSpec) -> int:
    return int(re.search(r'= "(-?\d+)" \]$', spec.check).group(1))


def solution_expression(spec: TaskSpec) -> str:
    match = re.fullmatch(r"python3 -c 'print\((.+)\)' > /workspace/answer.txt", spec.solution)
    assert match, spec.solution
    return match.group(1)


def draws(family: Family, level: Level, count: int = DRAWS, seed: int = 0) -> list[TaskSpec]:
    rng = random.Random(f"{seed}:{family.name}:{level}")
    return [family.make(rng, level) for _ in range(count)]


def test_suite_has_twelve_trained_and_four_transfer_families():
    assert len([f for f in FAMILIES if not f.transfer]) >= 12
    assert len([f for f in FAMILIES if f.transfer]) == 4
    assert set(SOLVERS) == {f.name for f in FAMILIES}


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.name)
def test_each_level_makes_many_distinct_tasks(family):
    for level in LEVELS:
        keys = {spec.key for spec in draws(family, level, 60)}
        assert len(keys) >= 30, (level, len(keys))


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.name)
def test_the_checked_answer_follows_from_the_numbers_in_the_text(family):
    for level in LEVELS:
        for spec in draws(family, level):
            text = problem_text(spec)
            assert SOLVERS[family.name](text, level) == checked_value(spec), spec.instruction


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.name)
def test_the_oracle_prints_the_checked_value_from_numbers_in_the_text(family):
    known = {2, 100, *UNIT_FACTORS.values()}  # a reader's own: perimeters, percent, units
    for level in LEVELS:
        for spec in draws(family, level):
            expr = solution_expression(spec)
            assert eval(expr, {"__builtins__": {}}) == checked_value(spec)  # noqa: S307
            text = problem_text(spec)
            visible = set(numbers(text)) | {n for w, n in COUNT_WORDS.items() if w in text} | known
            assert set(numbers(expr)) <= visible, (expr, spec.instruction)


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.name)
def test_instructions_vary_in_shape_and_name_the_answer_file(family):
    for level in LEVELS:
        specs = draws(family, level, 30)
        shapes = {(s.instruction.split()[0], s.instruction.count("\n")) for s in specs}
        assert len(shapes) >= 3, shapes
        for spec in specs:
            assert "/workspace/answer.txt" in spec.instruction
            assert spec.instruction.endswith(FINISH), spec.instruction


def test_doing_nothing_fails_and_a_wrong_answer_fails(tmp_path):
    """The check itself, run by bash on this machine against a stand-in workspace."""
    spec = draws(next(f for f in FAMILIES if f.name == "rates"), "easy", 1)[0]
    answer = tmp_path / "answer.txt"
    check = spec.check.replace("/workspace", str(tmp_path))

    def passes() -> bool:
        return subprocess.run(["bash", "-c", f"if {check}; then exit 0; else exit 1; fi"]).returncode == 0

    assert not passes()
    answer.write_text(f"{checked_value(spec) + 1}\n")
    assert not passes()
    answer.write_text(f" {checked_value(spec)}\n")
    assert passes()


def test_transfer_families_appear_only_in_test_transfer(tmp_path):
    generate_suite("arith", tmp_path, seed=3)
    transfer = {f.name for f in FAMILIES if f.transfer}
    by_split = {split: {t.family for t in load_suite(tmp_path / "arith", split).tasks} for split in SPLITS}
    assert by_split["test-transfer"] == transfer
    assert by_split["train"] == by_split["test"] == {f.name for f in FAMILIES} - transfer

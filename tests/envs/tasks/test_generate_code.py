"""The code suite: hidden cases that are right, partial credit that behaves, phrasings that vary.

Everything but the last test runs tests/score.py with the host's python3 in a temporary
folder (its /workspace paths pointed there), so no Docker is needed.
"""

import ast
import collections
import random
import re
import string
import subprocess
from pathlib import Path

import pytest

from loopwright.envs.tasks.generate import code, generate_suite
from loopwright.envs.tasks.generate.spec import LEVELS, TaskSpec

FAMILIES = {family.name: family for family in code.FAMILIES}


def draw(family: str, level: str, count: int, seed: int = 0) -> list[TaskSpec]:
    rng = random.Random(f"{seed}:{family}:{level}")
    return [FAMILIES[family].make(rng, level) for _ in range(count)]


def cases_of(spec: TaskSpec) -> list[tuple[tuple, object]]:
    """The hidden cases, read back from tests/score.py."""
    tree = ast.parse(spec.tests["score.py"])
    for node in tree.body:
        if isinstance(node, ast.Assign) and node.targets[0].id == "CASES":
            return ast.literal_eval(node.value)
    raise AssertionError("score.py defines no CASES")


def score(spec: TaskSpec, tmp_path: Path, solution: str | None) -> str:
    """What tests/score.py prints when /workspace/solution.py holds `solution` (None: absent)."""
    workspace = tmp_path / "workspace"
    workspace.mkdir(exist_ok=True)
    (workspace / "solution.py").unlink(missing_ok=True)
    if solution is not None:
        (workspace / "solution.py").write_text(solution)
    script = tmp_path / "score.py"
    script.write_text(spec.tests["score.py"].replace("/workspace", str(workspace)))
    assert spec.score == "python3 /tests/score.py"
    ran = subprocess.run(["python3", str(script)], capture_output=True, text=True, timeout=60)
    return ran.stdout.strip().splitlines()[-1]


def oracle_source(spec: TaskSpec) -> str:
    head, body = spec.solution.split("\n", 1)
    assert head == "cat > /workspace/solution.py <<'PY'" and body.endswith("\nPY")
    return body.removesuffix("PY")


def test_every_family_and_level_makes_distinct_tasks_the_oracle_solves():
    for family in code.FAMILIES:
        for level in LEVELS:
            specs = draw(family.name, level, 30)
            assert len({s.key for s in specs}) >= 12, (family.name, level)
            for spec in specs[:5]:
                namespace: dict = {}
                exec(oracle_source(spec), namespace)
                name = re.search(r"^def (\w+)\(", oracle_source(spec), re.MULTILINE)[1]
                assert name in spec.instruction
                for args, expected in cases_of(spec):
                    assert namespace[name](*args) == expected, (spec.instruction, args)


def test_hidden_cases_are_spread_so_ignoring_the_input_earns_little():
    for family in code.FAMILIES:
        for level in LEVELS:
            for spec in draw(family.name, level, 10):
                results = collections.Counter(repr(expected) for _, expected in cases_of(spec))
                assert sum(results.values()) == code.CASES_PER_TASK
                assert max(results.values()) <= 6, (spec.instruction, results)


def shift(text: str, k: int) -> str:
    lower = string.ascii_lowercase
    return text.translate(str.maketrans(lower, lower[k:] + lower[:k]))


def running(start: int, xs: list[int]) -> list[int]:
    totals = []
    for x in xs:
        start += x
        totals.append(start)
    return totals


INDEPENDENT = {
    ("caesar", "easy"): (r"(\d+) places? forward", lambda m, s: shift(s, int(m[1]))),
    ("clamp", "medium"): (
        r"(-?\d+)(?:, | to )(-?\d+)",
        lambda m, x: sorted([int(m[1]), x, int(m[2])])[1],
    ),
    ("count-letter", "easy"): (r"letter '(\w)'", lambda m, s: len([c for c in s if c == m[1]])),
    ("rotate", "easy"): (r"first (\d+) items", lambda m, xs: xs[int(m[1]) :] + xs[: int(m[1])]),
    ("list-filter", "easy"): (
        r"the (even|odd) numbers|greater than (-?\d+)|less than (-?\d+)",
        lambda m, xs: [
            x
            for x in xs
            if {"even": x % 2 == 0, "odd": x % 2 == 1}.get(m[1], False)
            or (m[2] is not None and x > int(m[2]))
            or (m[3] is not None and x < int(m[3]))
        ],
    ),
    ("palindrome", "easy"): (
        r"at least (\d+) characters",
        lambda m, s: len(s) >= int(m[1]) and list(s) == list(reversed(s)),
    ),
    ("running-total", "easy"): (r"(?:from|at) (\d+)", lambda m, xs: running(int(m[1]), xs)),
    ("word-freq", "easy"): (
        r"separated by (?:single spaces|'(.)')",
        lambda m, s: dict(collections.Counter(s.split(m[1]) if m[1] else s.split())),
    ),
    ("filter-sum", "medium"): (
        r"(greater|less) than (-?\d+)",
        lambda m, xs: sum(x for x in xs if (x > int(m[2]) if m[1] == "greater" else x < int(m[2]))),
    ),
}


@pytest.mark.parametrize(("family", "level"), sorted(INDEPENDENT))
def test_hidden_cases_match_the_instruction_computed_another_way(family, level):
    pattern, reference = INDEPENDENT[(family, level)]
    for spec in draw(family, level, 20, seed=1):
        match = re.search(pattern, spec.instruction)
        assert match, spec.instruction
        for args, expected in cases_of(spec):
            assert reference(match, *args) == expected, (spec.instruction, args)


def phrasing_index(instruction: str) -> int:
    """Which of code.TEMPLATES the instruction was written from."""
    for i, template in enumerate(code.TEMPLATES):
        pattern = re.sub(r"\\\{\w+\\\}", ".*", re.escape(template))
        if re.match(pattern, instruction, re.DOTALL):
            return i
    raise AssertionError(f"no template fits: {instruction}")


def test_each_family_is_phrased_several_ways_and_ends_by_saying_finish():
    for family in code.FAMILIES:
        specs = draw(family.name, "medium", 30)
        assert len({phrasing_index(s.instruction) for s in specs}) >= 3, family.name
        for spec in specs:
            assert "/workspace/solution.py" in spec.instruction
            last = spec.instruction.splitlines()[-1]
            assert "finish" in last.lower() or "stop" in last.lower()


PARTIAL = code.Function("double(x)", "returns 2 * x", "return 2 * x", [(1,), (2,), (3,), (4,)])


@pytest.mark.parametrize(
    ("solution", "expected"),
    [
        ("def double(x):\n    return x + x\n", "1.0"),
        (None, "0"),
        (
            "def double(x):\n    print(1)\n    if x == 3:\n        raise ValueError\n    return 2 * x\n",
            "0.75",
        ),
        (
            "def double(x):\n    while x == 2:\n        pass\n    return 2 * x if x < 4 else 0\n",
            "0.5",
        ),
        ("def double(x):\n    return None\n", "0.0"),
        ("def twice(x):\n    return 2 * x\n", "0"),
        ("def double(x) return 2 * x\n", "0"),
        ("while True:\n    pass\n", "0"),
    ],
    ids=[
        "right",
        "absent",
        "one-raises",
        "one-loops-forever",
        "wrong",
        "misnamed",
        "syntax-error",
        "import-hangs",
    ],
)
def test_score_is_the_share_of_cases_passed(tmp_path, solution, expected):
    spec = code.code_task(random.Random(0), PARTIAL)
    assert score(spec, tmp_path, solution) == expected
    if expected == "1.0":
        assert score(spec, tmp_path, oracle_source(spec)) == expected


def test_transfer_families_only_reach_test_transfer(tmp_path):
    from loopwright.envs.tasks import load_suite

    counts = generate_suite("code", tmp_path, seed=0)
    assert counts["train"] >= 300 and counts["test"] >= 60 and counts["test-transfer"] >= 60
    held_out = {f.name for f in code.FAMILIES if f.transfer}
    assert len(held_out) == 4 and len(code.FAMILIES) - len(held_out) >= 12
    for split in ("train", "test"):
        assert not {t.family for t in load_suite(tmp_path / "code", split).tasks} & held_out
    assert {t.family for t in load_suite(tmp_path / "code", "test-transfer").tasks} == held_out

"""The shell suite: pipelines that reproduce the expected answers, checks that are exact,
phrasings that vary, transfer families kept out of training.

The answers are computed in Python by the generator; here the oracle pipeline runs with
the host's bash, mawk and coreutils (the sandbox's tools) in a temporary folder, so the
two computations meet without Docker. The last test repeats that in the sandbox.
"""

import os
import random
import re
import subprocess
from pathlib import Path

import pytest

from loopwright.envs.tasks.generate import generate_suite, shell
from loopwright.envs.tasks.generate.spec import LEVELS, TaskSpec

FAMILIES = {family.name: family for family in shell.FAMILIES}


def draw(family: str, level: str, count: int, seed: int = 0) -> list[TaskSpec]:
    rng = random.Random(f"{seed}:{family}:{level}")
    return [FAMILIES[family].make(rng, level) for _ in range(count)]


def rewards(spec: TaskSpec, root: Path, answer: str | None = None) -> tuple[str, str]:
    """The check's verdict (1/0) on the untouched workspace, then after the oracle ran
    (or after `answer` was written to answer.txt instead)."""
    workspace, tests = root / "workspace", root / "tests"
    workspace.mkdir(parents=True)
    tests.mkdir()
    for name, content in spec.environment.items():
        (workspace / name).write_text(content)
    for name, content in spec.tests.items():
        (tests / name).write_text(content)
    if answer is None:
        act = spec.solution
    else:
        (root / "answer").write_text(answer)
        act = f"cp {root}/answer /workspace/answer.txt"
    verdict = f"if {spec.check}; then echo 1; else echo 0; fi"
    places = {"workspace": str(workspace), "tests": str(tests)}
    script = re.sub(
        r"/(workspace|tests)\b", lambda m: places[m[1]], f"{verdict}\n{act}\n{verdict}\n"
    )
    env = {"PATH": os.environ["PATH"], "LC_ALL": "C"}
    ran = subprocess.run(
        ["bash", "-c", script], capture_output=True, text=True, timeout=60, env=env
    )
    assert ran.stderr == "", ran.stderr
    before, after = ran.stdout.split()
    return before, after


def test_every_family_and_level_makes_distinct_tasks_whose_pipeline_gives_the_answer(tmp_path):
    for family in shell.FAMILIES:
        for level in LEVELS:
            specs = draw(family.name, level, 30)
            assert len({s.instruction for s in specs}) >= 20, (family.name, level)
            for i, spec in enumerate(specs[:2]):
                assert rewards(spec, tmp_path / f"{family.name}-{level}-{i}") == ("0", "1"), (
                    spec.instruction
                )


def test_the_oracle_is_one_pipeline_into_answer_txt_reading_files_named_in_the_instruction():
    for family in shell.FAMILIES:
        for spec in draw(family.name, "hard", 5):
            assert spec.solution.count("\n") == 0 and spec.solution.endswith(
                " > /workspace/answer.txt"
            )
            for name in spec.environment:
                assert (
                    f"/workspace/{name}" in spec.instruction
                    and f"/workspace/{name}" in spec.solution
                )
            assert "/workspace/answer.txt" in spec.instruction


def spec_with(answer: int | list[str]) -> TaskSpec:
    query = shell.Query(
        "data.txt",
        "x\n",
        "/workspace/data.txt holds x.",
        "the thing",
        "cat /workspace/data.txt",
        answer,
        "" if isinstance(answer, int) else "one per line",
    )
    return shell.shell_task(random.Random(0), query)


@pytest.mark.parametrize(
    ("answer", "written", "passes"),
    [
        (42, "42\n", True),
        (42, "  42 \n\n", True),
        (42, "41\n", False),
        (42, "42 apples\n", False),
        (-7, "-7", True),
        (["b", "a"], "b\na\n", True),
        (["b", "a"], "b\na", True),
        (["b", "a"], "a\nb\n", False),
        (["b", "a"], "b \na\n", False),
        (["b", "a"], "b\n\na\n", False),
    ],
)
def test_check_compares_exactly_but_forgives_a_trailing_newline_and_number_spacing(
    tmp_path, answer, written, passes
):
    assert rewards(spec_with(answer), tmp_path, written) == ("0", "1" if passes else "0")


def test_a_text_answer_is_never_empty():
    with pytest.raises(ValueError, match="empty answer"):
        spec_with([])


def phrasing_index(instruction: str) -> int:
    """Which of shell.TEMPLATES the instruction was written from."""
    for i, template in enumerate(shell.TEMPLATES):
        pattern = re.sub(r"\\\{\w+\\\}", ".*", re.escape(template))
        if re.match(pattern, instruction, re.DOTALL):
            return i
    raise AssertionError(f"no template fits: {instruction}")


def test_each_family_is_phrased_several_ways_and_ends_by_saying_finish():
    for family in shell.FAMILIES:
        specs = draw(family.name, "medium", 30)
        assert len({phrasing_index(s.instruction) for s in specs}) >= 3, family.name
        for spec in specs:
            last = spec.instruction.splitlines()[-1]
            assert "finish" in last.lower() or "stop" in last.lower()


def test_transfer_families_only_reach_test_transfer(tmp_path):
    from loopwright.envs.tasks import load_suite

    counts = generate_suite("shell", tmp_path, seed=0)
    assert counts["train"] >= 300 and counts["test"] >= 60 and counts["test-transfer"] >= 60
    held_out = {f.name for f in shell.FAMILIES if f.transfer}
    assert len(held_out) == 4 and len(shell.FAMILIES) - len(held_out) >= 12
    for split in ("train", "test"):
        assert not {t.family for t in load_suite(tmp_path / "shell", split).tasks} & held_out
    assert {t.family for t in load_suite(tmp_path / "shell", "test-transfer").tasks} == held_out

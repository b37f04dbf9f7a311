"""The files families: the real tools (sort, sed, awk, wc, python3) turn each task's starting
files into what its check expects, doing nothing fails, every path, word and number the
oracle uses is in the instruction, phrasings vary, transfer families stay out of training.

The expected contents come from the generator's Python (sorted(), str.replace, ...); the
oracle's commands run here with bash on a stand-in /workspace, so the two are computed
independently and must agree.
"""

import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from loopwright.envs.tasks import SPLITS, load_suite
from loopwright.envs.tasks.generate import generate_suite
from loopwright.envs.tasks.generate.files import FAMILIES
from loopwright.envs.tasks.generate.phrasing import FINISH, WORDS
from loopwright.envs.tasks.generate.spec import LEVELS, Family, Level, TaskSpec

RUNS = 4
"""Tasks per family and level run with bash in the oracle test."""
PATH = f"{Path(sys.executable).parent}:{os.environ['PATH']}"
"""This interpreter's folder first: a fast `python3` for the JSON oracles (shims are slow)."""
IDIOMS = ("tail -n +2", "!seen[$0]++", "python3")
"""Parts of an oracle that are the idiom itself, not values from the instruction."""


def draws(family: Family, level: Level, count: int, seed: int = 0) -> list[TaskSpec]:
    rng = random.Random(f"{seed}:{family.name}:{level}")
    return [family.make(rng, level) for _ in range(count)]


def run_locally(spec: TaskSpec, root: Path) -> tuple[bool, bool]:
    """Whether the check passes on the untouched files, and after the oracle ran; /workspace
    and /tests are stand-in folders under `root`."""
    workspace, tests = root / "workspace", root / "tests"
    workspace.mkdir(parents=True)
    tests.mkdir()

    def local(text: str) -> str:
        return text.replace("/workspace", str(workspace)).replace("/tests/", f"{tests}/")

    for name, content in spec.environment.items():
        (workspace / name).parent.mkdir(parents=True, exist_ok=True)
        (workspace / name).write_text(content)
    for name, content in spec.tests.items():
        (tests / name).write_text(local(content))
    check = f"if {local(spec.check)}; then echo pass; else echo fail; fi"
    script = f"{check}\n{local(spec.solution)}\n{check}\n"
    ran = subprocess.run(["bash", "-c", script], cwd=workspace, capture_output=True, text=True,
                         env={**os.environ, "LC_ALL": "C", "PATH": PATH}, timeout=30)
    before, after = ran.stdout.split()
    return before == "pass", after == "pass"


def test_suite_has_twelve_trained_and_four_transfer_families():
    assert len([f for f in FAMILIES if not f.transfer]) >= 12
    assert len([f for f in FAMILIES if f.transfer]) == 4


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.name)
def test_each_level_makes_many_distinct_tasks(family):
    for level in LEVELS:
        keys = {spec.key for spec in draws(family, level, 60)}
        assert len(keys) >= 30, (level, len(keys))


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.name)
def test_doing_nothing_fails_and_the_oracle_passes_with_the_real_tools(family, tmp_path):
    for level in LEVELS:
        for i, spec in enumerate(draws(family, level, RUNS)):
            before, after = run_locally(spec, tmp_path / f"{level}-{i}")
            assert (before, after) == (False, True), (spec.instruction, spec.solution)


def test_a_wrong_result_fails_the_check(tmp_path):
    """Sorting the wrong way round leaves the right lines in the wrong order: no reward."""
    spec = draws(next(f for f in FAMILIES if f.name == "sort-lines"), "medium", 1)[0]
    wrong = TaskSpec(key="", instruction="", solution=spec.solution.replace("sort ", "sort -r "),
                     check=spec.check, environment=spec.environment)
    assert run_locally(wrong, tmp_path) == (False, False)


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.name)
def test_every_path_word_and_number_of_the_oracle_is_in_the_instruction(family):
    for level in LEVELS:
        for spec in draws(family, level, 20):
            solution = spec.solution
            for idiom in IDIOMS:
                solution = solution.replace(idiom, "")
            for path in re.findall(r"/workspace[\w./-]*", solution):
                assert path.rstrip("/") in spec.instruction, (path, spec.instruction)
            said_words = set(re.findall(r"\w+", spec.instruction))
            used = {w for w in re.findall(r"[a-z]+", solution) if w in WORDS}
            used |= set(re.findall(r'\["(\w+)"\]', solution))
            assert used <= said_words, (used - said_words, spec.instruction)
            assert set(re.findall(r"\d+", solution)) <= set(re.findall(r"\d+", spec.instruction)), solution


@pytest.mark.parametrize("family", FAMILIES, ids=lambda f: f.name)
def test_instructions_vary_in_shape_and_end_by_saying_to_finish(family):
    for level in LEVELS:
        specs = draws(family, level, 30)
        shapes = {(s.instruction.split()[0], s.instruction.count("\n")) for s in specs}
        assert len(shapes) >= 3, shapes
        assert all(s.instruction.endswith(FINISH) for s in specs)


def test_transfer_families_appear_only_in_test_transfer(tmp_path):
    generate_suite("files", tmp_path, seed=3)
    transfer = {f.name for f in FAMILIES if f.transfer}
    by_split = {split: {t.family for t in load_suite(tmp_path / "files", split).tasks} for split in SPLITS}
    assert by_split["test-transfer"] == transfer
    assert by_split["train"] == by_split["test"] == {f.name for f in FAMILIES} - transfer

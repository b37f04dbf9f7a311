"""Generates the shipped suites reproducibly from a seed.

    python -m loopwright.envs.tasks.generate --seed 0 --out envs/tasks/suites

Each suite module lists its families (`FAMILIES`). A family not marked `transfer` gives
new instances to `train` and `test` (same skills, never the same task); a `transfer`
family gives only `test-transfer`, so that split measures skills training never saw.
Every family draws the same number of tasks per level (easy, medium, hard), every task is
unique within its suite (by content), and task ids start with their position in a seeded
shuffle of the split, so `--limit N` takes a mixed sample, not the first family.
"""

import random
import shutil
from math import ceil
from pathlib import Path

from loopwright.envs.tasks.generate import arith, code, files, shell
from loopwright.envs.tasks.generate.layout import write_task
from loopwright.envs.tasks.generate.spec import LEVELS, Family, Level, TaskSpec

SUITES: dict[str, list[Family]] = {
    "arith": arith.FAMILIES,
    "code": code.FAMILIES,
    "files": files.FAMILIES,
    "shell": shell.FAMILIES,
}

TRAIN_TASKS, TEST_TASKS, TRANSFER_TASKS = 300, 60, 60
"""Lower bounds per split; each family's share is rounded up to whole levels."""

Drawn = tuple[Family, Level, TaskSpec]


def generate_suite(suite: str, out: Path, seed: int) -> dict[str, int]:
    """Writes `<out>/<suite>/{train,test,test-transfer}/<task-id>/` (replacing old ones);
    returns the number of tasks per split."""
    families = SUITES[suite]
    seen: set[str] = set()
    splits: dict[str, list[Drawn]] = {"train": [], "test": [], "test-transfer": []}
    learned = [f for f in families if not f.transfer]
    held_out = [f for f in families if f.transfer]
    if not learned or not held_out:
        raise ValueError(f"suite {suite}: needs train families and transfer families")
    train_per_level = ceil(TRAIN_TASKS / len(learned) / len(LEVELS))
    test_per_level = ceil(TEST_TASKS / len(learned) / len(LEVELS))
    transfer_per_level = ceil(TRANSFER_TASKS / len(held_out) / len(LEVELS))
    for family in families:
        rng = random.Random(f"{seed}:{suite}:{family.name}")
        for level in LEVELS:
            if family.transfer:
                splits["test-transfer"] += draw(family, level, transfer_per_level, rng, seen)
                continue
            drawn = draw(family, level, train_per_level + test_per_level, rng, seen)
            splits["test"] += drawn[:test_per_level]
            splits["train"] += drawn[test_per_level:]
    target = out / suite
    if target.exists():
        shutil.rmtree(target)
    for split, items in splits.items():
        random.Random(f"{seed}:{suite}:{split}:order").shuffle(items)
        for i, (family, level, spec) in enumerate(items):
            task_id = f"{suite}-{i:03d}-{family.name}-{level}"
            write_task(target / split / task_id, suite, family.name, level, spec)
    return {split: len(items) for split, items in splits.items()}


def draw(family: Family, level: Level, count: int, rng: random.Random, seen: set[str]) -> list[Drawn]:
    """`count` tasks of one family and level whose keys are new to the suite."""
    drawn: list[Drawn] = []
    for _ in range(count * 200):
        spec = family.make(rng, level)
        if spec.key not in seen:
            seen.add(spec.key)
            drawn.append((family, level, spec))
            if len(drawn) == count:
                return drawn
    raise RuntimeError(f"family {family.name} ({level}) cannot make {count} distinct tasks")


__all__ = ["SUITES", "Family", "Level", "TaskSpec", "generate_suite"]

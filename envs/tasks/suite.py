"""Suites: folders of tasks split into train and test.

A suite is `<root>/<name>/<split>/<task-id>/` — the split is a folder, so a task can be in
only one split and a user adds a task by adding a folder. The shipped suites live in
`envs/tasks/suites/` and are produced by `generate.py` with a fixed seed.
"""

from dataclasses import dataclass
from pathlib import Path

from loopwright.envs.tasks.task import Task, TaskFormatError, load_task

SUITES_ROOT = Path(__file__).parent / "suites"
SPLITS = ("train", "test", "test-transfer")


@dataclass(frozen=True, slots=True)
class Suite:
    name: str
    split: str
    tasks: list[Task]


def shipped_suites() -> list[str]:
    return sorted(p.name for p in SUITES_ROOT.iterdir() if p.is_dir()) if SUITES_ROOT.is_dir() else []


def resolve_suite_dir(suite: str | Path) -> Path:
    """A shipped suite name (`arith`) or a path to a suite folder."""
    candidate = Path(suite)
    if candidate.is_dir():
        return candidate
    shipped = SUITES_ROOT / str(suite)
    if shipped.is_dir():
        return shipped
    known = ", ".join(shipped_suites()) or "none"
    raise TaskFormatError(
        f"unknown suite {str(suite)!r}: not a folder and not a shipped suite (shipped: {known})"
    )


def load_suite(suite: str | Path, split: str, limit: int | None = None) -> Suite:
    """Loads the tasks of one split, sorted by id; `limit` keeps the first N."""
    root = resolve_suite_dir(suite)
    split_dir = root / split
    if not split_dir.is_dir():
        found = ", ".join(sorted(p.name for p in root.iterdir() if p.is_dir())) or "none"
        raise TaskFormatError(f"suite {root.name!r} has no split {split!r} (found: {found})")
    task_dirs = sorted(p for p in split_dir.iterdir() if p.is_dir())
    if limit is not None:
        task_dirs = task_dirs[:limit]
    tasks = [load_task(p) for p in task_dirs]
    if not tasks:
        raise TaskFormatError(f"suite {root.name!r} split {split!r} holds no tasks")
    return Suite(name=root.name, split=split, tasks=tasks)

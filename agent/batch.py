"""Batch runs from a TASKS.jsonl file into an append-only results file.

Each finished run is appended as one JSON line and fsynced before the next is written, so
a crash loses only runs in flight; rerunning the same command skips (task, sample) pairs
already in the results file.
"""

import dataclasses
import json
import os
from collections.abc import Iterator
from pathlib import Path

from loopwright.agent.runner import RunResult, RunSpec


class TasksFileError(ValueError):
    """TASKS.jsonl cannot be used; the message names the file and line."""


@dataclasses.dataclass(slots=True, frozen=True)
class Task:
    task: str
    """What the agent is asked to do."""
    task_id: str
    """Stable id; the `group_id` of its samples."""
    max_turns: int | None = None
    """Model turns per run; None takes the command's default."""


def read_tasks(path: Path) -> list[Task]:
    """Lines like {"task": "...", "task_id": "t1", "max_turns": 5}; task_id defaults to the line number.

    `max_steps`, the key's old name, is still read for one release when `max_turns` is absent.
    """
    if not path.is_file():
        raise TasksFileError(f"tasks file {path} does not exist")
    tasks, seen = [], set()
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise TasksFileError(f"{path}:{number}: not JSON ({exc.msg})") from None
        if not isinstance(row, dict) or not isinstance(row.get("task"), str) or not row["task"].strip():
            raise TasksFileError(f'{path}:{number}: each line needs a "task" string')
        task_id = str(row.get("task_id", row.get("id", f"line{number}")))
        if task_id in seen:
            raise TasksFileError(f"{path}:{number}: task_id {task_id!r} appears twice")
        seen.add(task_id)
        key = "max_turns" if "max_turns" in row else "max_steps"
        turns = row.get(key)
        if turns is not None and (not isinstance(turns, int) or turns < 1):
            raise TasksFileError(f"{path}:{number}: {key} must be a positive integer")
        tasks.append(Task(row["task"], task_id, turns))
    if not tasks:
        raise TasksFileError(f"{path} holds no tasks")
    return tasks


def sample_specs(tasks: list[Task], samples: int, max_turns: int, done: set[tuple[str, int]]) -> Iterator[tuple[int, RunSpec]]:
    """(sample index, spec) for every (task, sample) not yet in `done`; a task's samples form a group."""
    for task in tasks:
        for index in range(samples):
            if (task.task_id, index) not in done:
                yield index, RunSpec(task=task.task, task_id=task.task_id, group_id=task.task_id,
                                     max_turns=task.max_turns or max_turns)


class ResultsFile:
    """Append-only JSONL of RunResults, one fsynced line per finished run."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)

    def done(self) -> set[tuple[str, int]]:
        """(task_id, sample) pairs already recorded; a torn last line is ignored."""
        if not self.path.exists():
            return set()
        pairs = set()
        for line in self.path.read_text().splitlines():
            try:
                row = json.loads(line)
                pairs.add((row["task_id"], row["sample"]))
            except (json.JSONDecodeError, KeyError, TypeError):
                continue
        return pairs

    def append(self, result: RunResult, sample: int) -> None:
        line = json.dumps({**dataclasses.asdict(result), "sample": sample}) + "\n"
        with open(self.path, "a", encoding="utf-8") as out:
            if out.tell() > 0 and not self._ends_with_newline():
                out.write("\n")  # a line torn by a crash stays a line of its own
            out.write(line)
            out.flush()
            os.fsync(out.fileno())

    def _ends_with_newline(self) -> bool:
        with open(self.path, "rb") as f:
            f.seek(-1, os.SEEK_END)
            return f.read(1) == b"\n"

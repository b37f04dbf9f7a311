"""Which train tasks the learn bench demonstrates: every family, and within a family every
difficulty level in turn (each level is another shape of answer)."""

from pathlib import Path

from loopwright.bench.learn_stages import per_family
from loopwright.envs.tasks import Task
from loopwright.envs.tasks.config import TaskConfig


def task(family: str, level: str, n: int) -> Task:
    return Task(f"{family}-{level}-{n}", Path("."), "", TaskConfig(metadata={"family": family, "difficulty": level}))


def test_each_family_shows_every_level_before_repeating_one():
    # the seeded order puts three easy tasks of family a before any other level
    tasks = [task("a", "easy", i) for i in range(3)] + [task("a", "hard", 0), task("b", "easy", 0),
                                                          task("a", "medium", 0), task("b", "easy", 1)]
    picked = per_family(tasks, 4)
    assert [t.task_id for t in picked] == ["a-easy-0", "b-easy-0", "a-hard-0", "b-easy-1", "a-medium-0", "a-easy-1"]


def test_a_family_with_fewer_tasks_than_asked_gives_all_it_has():
    tasks = [task("a", "easy", 0), task("b", "easy", 0), task("b", "medium", 0), task("b", "hard", 0)]
    assert [t.task_id for t in per_family(tasks, 2)] == ["a-easy-0", "b-easy-0", "b-medium-0"]

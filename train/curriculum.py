"""Curriculum: draw tasks whose recent pass rate is strictly between 0 and 1 more often.

A task every run passes, or every run fails, gives a group-relative algorithm nothing to
compare; a task that is sometimes solved does. Each task, and each task family, keeps the
pass counts of the last `window` steps it ran in. A task whose recent rate is strictly
between 0 and 1 weighs 1; a settled one (rate 0 or 1) weighs a floor, so it still comes back
now and then and can show that it changed. A task that never ran takes its family's weight
(1 when the family never ran either): suites have hundreds of train tasks and a short run
draws few of them twice (the learn bench's RL: 3 repeats in 112 draws), so without the
family a per-task curriculum would draw uniformly. Under guidance (`TrainConfig.guidance`)
a group no run passed gets the oracle's run, so a failing task teaches too: only passing
settles. A step's tasks are drawn by weight, without replacement, with an rng seeded from
(seed, step).

Resume: the curriculum is rebuilt at every step by replaying the step log
(`train_log.jsonl`, whose lines carry each step's per-task pass counts, see `train.log`)
rather than saved in the checkpoint. On --resume the log is cut back to the checkpoint's
steps, so a resumed step sees exactly the curriculum the first run had at that step, by
construction: there is no second copy of the state to save, version, or keep in step with
the adapters.
"""

import random
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from loopwright.agent.trajectory import Trajectory
from loopwright.envs.tasks import PASS_THRESHOLD, Task

Item = TypeVar("Item")

UNSEEN_WEIGHT = 1.0
"""A task never tried: as likely as a mixed one, since it may well be one."""
MIXED_WEIGHT = 1.0
"""A task whose recent pass rate is strictly between 0 and 1: the runs of a group differ."""
SETTLED_WEIGHT = 0.1
"""A task recently always passed or always failed: rarely, but not never, drawn again."""


@dataclass(slots=True)
class Outcome:
    """How some runs did: how many, how many passed, their summed reward."""

    runs: int = 0
    passed: int = 0
    reward_sum: float = 0.0

    def add(self, other: "Outcome") -> None:
        self.runs += other.runs
        self.passed += other.passed
        self.reward_sum += other.reward_sum

    @property
    def pass_rate(self) -> float:
        return self.passed / self.runs if self.runs else 0.0

    @property
    def reward_mean(self) -> float:
        return self.reward_sum / self.runs if self.runs else 0.0


def family_of(trajectory: Trajectory) -> str:
    """The run's task family; a task without one is its own family."""
    return trajectory.family or trajectory.task_id or "(no task)"


def outcomes_by(trajectories: list[Trajectory], key: Callable[[Trajectory], str | None]) -> dict[str, Outcome]:
    """Each key's outcome over the runs (a run whose key is None is left out), keys sorted."""
    tally: dict[str, Outcome] = {}
    for run in trajectories:
        name = key(run)
        if name is not None:
            reward = run.reward or 0.0
            tally.setdefault(name, Outcome()).add(Outcome(1, int(reward >= PASS_THRESHOLD), reward))
    return dict(sorted(tally.items()))


def _summed(outcomes: Iterable[Outcome]) -> Outcome | None:
    """The outcomes added up; None when they hold no run."""
    total = Outcome()
    for outcome in outcomes:
        total.add(outcome)
    return total if total.runs else None


def weighted_draw(items: list[Item], weights: list[float], k: int, rng: random.Random) -> list[Item]:
    """Up to `k` distinct items, each pick proportional to its weight among those left."""
    pool = list(zip(items, weights, strict=True))
    picked: list[Item] = []
    while pool and len(picked) < k:
        (index,) = rng.choices(range(len(pool)), weights=[w for _, w in pool])
        picked.append(pool.pop(index)[0])
    return picked


class Curriculum:
    """Per-task recent pass rates and the sampling weights they give."""

    def __init__(self, window: int = 2, guided: bool = False) -> None:
        if window < 1:
            raise ValueError(f"window must be >= 1, got {window}")
        self.window = window
        """Steps of a task's (or family's) history that count (the last ones it ran in)."""
        self.guided = guided
        """Groups no run passed are taught the oracle's run: failing does not settle a task."""
        self._recent: dict[str, deque[Outcome]] = {}
        self._family_recent: dict[str, deque[Outcome]] = {}

    @classmethod
    def replay(cls, log_records: list[dict], before_step: int, window: int = 2, guided: bool = False) -> "Curriculum":
        """The curriculum at `before_step`: every logged step before it, in step order."""
        curriculum = cls(window, guided)
        for record in sorted((r for r in log_records if r["step"] < before_step), key=lambda r: r["step"]):
            curriculum.record({task_id: Outcome(o["runs"], o["passed"], o.get("reward", float(o["passed"])))
                               for task_id, o in record.get("tasks", {}).items()},
                              {family: Outcome(o["runs"], o["passed"], o.get("reward_mean", o["pass_rate"]) * o["runs"])
                               for family, o in record.get("families", {}).items()})
        return curriculum

    def record(self, by_task: Mapping[str, Outcome], by_family: Mapping[str, Outcome] | None = None) -> None:
        """Adds one step's outcome of each task, and each family, that ran in it."""
        for recent, outcomes in ((self._recent, by_task), (self._family_recent, by_family or {})):
            for name, outcome in outcomes.items():
                recent.setdefault(name, deque(maxlen=self.window)).append(outcome)

    def recent(self, task_id: str) -> Outcome | None:
        """The task's outcome over its recent steps; None when it never ran."""
        return _summed(self._recent.get(task_id, ()))

    def family_recent(self, family: str) -> Outcome | None:
        """The family's outcome over its recent steps; None when none of its tasks ran."""
        return _summed(self._family_recent.get(family, ()))

    def pass_rate(self, task_id: str) -> float | None:
        """Pass rate over the task's recent steps; None when it never ran."""
        recent = self.recent(task_id)
        return None if recent is None else recent.pass_rate

    def weight(self, task_id: str, family: str | None = None) -> float:
        """By the task's recent outcome, else its family's: mixed when the pass rate or the
        mean reward is strictly between 0 and 1 (a partial-credit task whose runs score 0.3
        and 0.6 never passes, yet its runs differ), or under guidance when not every run
        passed."""
        recent = self.recent(task_id) or (self.family_recent(family) if family is not None else None)
        if recent is None:
            return UNSEEN_WEIGHT
        mixed = 0.0 < recent.pass_rate < 1.0 or 0.0 < recent.reward_mean < 1.0
        return MIXED_WEIGHT if mixed or (self.guided and recent.pass_rate < 1.0) else SETTLED_WEIGHT

    def draw(self, tasks: list[Task], k: int, rng: random.Random) -> list[Task]:
        """`k` tasks by weight, distinct until every task is picked (then again from all)."""
        weights = [self.weight(t.task_id, t.family) for t in tasks]
        picked: list[Task] = []
        while tasks and len(picked) < k:
            picked += weighted_draw(tasks, weights, k - len(picked), rng)
        return picked

"""Which tasks a step of online training runs, whatever runs them.

A step draws `tasks_per_step` tasks (a seeded shuffle of the split, cycled, or the
curriculum's weighted draw) and has a `RunGroups` callable run `group_size` runs of each;
with dynamic sampling it then draws fresh tasks in place of groups without a learning
signal (`train.dynamic_sampling`). The agent runtime (`train.rollouts.AgentRollouts`) and
the token-level environment of the CI learning tests share this one implementation, so the
tests exercise the draws that real training makes. Draws are seeded from (seed, step,
round): a resumed step replays them.
"""

import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, TypeVar

from loopwright.agent.trajectory import Trajectory
from loopwright.train.config import TrainConfig
from loopwright.train.curriculum import Curriculum, weighted_draw
from loopwright.train.dynamic_sampling import groups_missing
from loopwright.train.log import read_log
from loopwright.train.seeds import derived_seed


class DrawnTask(Protocol):
    """What the draws need of a task: a stable id (curriculum, seeds, log) and its family
    (the curriculum's weight for a task that never ran)."""

    @property
    def task_id(self) -> str: ...

    @property
    def family(self) -> str: ...


TaskT = TypeVar("TaskT", bound=DrawnTask)

RunGroups = Callable[[int, list, int], list[Trajectory]]
"""(step, tasks, draw) -> the runs of `group_size` runs of each task, marked with `draw`
(0 for the step's first groups, then the refill round) and their task's family."""


def tasks_for_step(tasks: list[TaskT], step: int, per_step: int, seed: int) -> list[TaskT]:
    """Cycles through a seeded shuffle of the split, reshuffled every pass."""
    picked: list[TaskT] = []
    for i in range(step * per_step, (step + 1) * per_step):
        epoch, offset = divmod(i, len(tasks))
        order = list(tasks)
        random.Random(derived_seed(seed, "epoch", epoch)).shuffle(order)
        picked.append(order[offset])
    return picked


@dataclass
class StepDraws:
    """The task draws of each step over one split."""

    tasks: list
    config: TrainConfig
    step_log: Path | None = None
    """The training loop's step log (`train.log.STEP_LOG` in its out dir): the curriculum's
    memory of past steps, so it is needed with `config.curriculum`."""

    def __post_init__(self) -> None:
        if self.config.curriculum and self.step_log is None:
            raise ValueError("the curriculum replays past steps from the step log: pass step_log")

    def collect(self, step: int, run_groups: RunGroups) -> list[Trajectory]:
        """Every run of the step, each group of `group_size` runs of one task. With dynamic
        sampling, groups whose runs all got the same reward stay in, and fresh tasks are run
        in their place."""
        config = self.config
        curriculum = (Curriculum.replay(read_log(self.step_log), step, guided=config.guidance)
                      if config.curriculum else None)
        tasks = self._first_tasks(step, curriculum)
        runs = run_groups(step, tasks, 0)
        refill_rounds = config.dynamic_max_rounds if config.dynamic_sampling else 0
        for draw in range(1, refill_rounds + 1):
            fresh = self._fresh_tasks(step, draw, tasks, groups_missing(runs, config.tasks_per_step), curriculum)
            if not fresh:
                break
            tasks += fresh
            runs += run_groups(step, fresh, draw)
        return runs

    def _first_tasks(self, step: int, curriculum: Curriculum | None) -> list:
        """The step's tasks: the seeded cycle through the split, or the curriculum's draw."""
        config = self.config
        if curriculum is None:
            return tasks_for_step(self.tasks, step, config.tasks_per_step, config.seed)
        rng = random.Random(derived_seed(config.seed, "curriculum", step))
        return curriculum.draw(self.tasks, config.tasks_per_step, rng)

    def _fresh_tasks(self, step: int, draw: int, drawn: list, wanted: int,
                     curriculum: Curriculum | None) -> list:
        """Up to `wanted` tasks not yet drawn this step, by curriculum weight (else alike)."""
        seen = {t.task_id for t in drawn}
        fresh = [t for t in self.tasks if t.task_id not in seen]
        weights = [curriculum.weight(t.task_id, t.family) if curriculum else 1.0 for t in fresh]
        return weighted_draw(fresh, weights, wanted, random.Random(derived_seed(self.config.seed, "refill", step, draw)))

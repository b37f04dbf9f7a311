"""Rollouts: groups of agent runs per task, in sandboxes, read back as trajectories.

Each step draws `tasks_per_step` tasks (a seeded shuffle of the split, cycled, or the
curriculum's weighted draw), runs `group_size` runs of each through the agent runtime
(traced), verifies each run in its own sandbox before it closes, and reads the runs back
from the trace files; dynamic sampling then runs fresh tasks in place of groups without a
learning signal. Seeds derive from (seed, step, task, sample) and draws from (seed, step,
round), so a resumed step replays the same draws.
"""

import random
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from loopwright.agent.trajectory import Trajectory
from loopwright.envs.sandbox.base import Sandbox
from loopwright.envs.tasks import Task, VerifyResult, setup_workspace, verify
from loopwright.models.sampling import SamplingParams
from loopwright.train.config import TrainConfig
from loopwright.train.curriculum import Curriculum, weighted_draw
from loopwright.train.dynamic_sampling import groups_missing
from loopwright.train.log import read_log


class TaskVerifier:
    """The RunSpec `verify` callable of one run; keeps the full result for reports."""

    def __init__(self, task: Task) -> None:
        self.task = task
        self.result: VerifyResult | None = None

    def __call__(self, sandbox: Sandbox) -> float:
        self.result = verify(sandbox, self.task)
        return self.result.reward


def run_spec(task: Task, *, group_id: str, sampling: SamplingParams, max_turns: int,
             image: str | None = None, verifier: TaskVerifier | None = None):
    """The RunSpec of one run of `task` (setup copies environment/, verify runs tests/)."""
    from loopwright.agent.runner import RunSpec

    return RunSpec(
        task=task.instruction,
        task_id=task.task_id,
        group_id=group_id,
        max_turns=max_turns,
        setup=lambda sb: setup_workspace(sb, task),
        verify=verifier or TaskVerifier(task),
        sampling=sampling,
        limits=task.limits(),
        image=image,
    )


def derived_seed(*parts: object) -> int:
    """A stable 31-bit seed from any parts (hash() is salted per process; crc32 is not)."""
    return zlib.crc32(":".join(map(str, parts)).encode()) & 0x7FFFFFFF


def tasks_for_step(tasks: list[Task], step: int, per_step: int, seed: int) -> list[Task]:
    """Cycles through a seeded shuffle of the split, reshuffled every pass."""
    picked: list[Task] = []
    for i in range(step * per_step, (step + 1) * per_step):
        epoch, offset = divmod(i, len(tasks))
        order = list(tasks)
        random.Random(derived_seed(seed, "epoch", epoch)).shuffle(order)
        picked.append(order[offset])
    return picked


@dataclass
class AgentRollouts:
    """Online rollout source for `run_training`: the agent runtime on a task split."""

    runtime: object
    """An `AgentRuntime` (engine weights are swapped in place by the training loop)."""
    tasks: list[Task]
    config: TrainConfig
    trace_dir: Path
    concurrency: int = 4
    image_for: Callable[[Task], str | None] = lambda task: None
    """Image of a task's sandbox (None: the runtime's default)."""
    step_log: Path | None = None
    """The training loop's step log (`train.log.STEP_LOG` in its out dir): the curriculum's
    memory of past steps, so it is needed with `config.curriculum`."""
    failed_runs: int = 0
    """Runs that ended in an infrastructure error (not trained on)."""

    def __post_init__(self) -> None:
        if self.config.curriculum and self.step_log is None:
            raise ValueError("the curriculum replays past steps from the step log: pass step_log")

    def collect(self, step: int) -> list[Trajectory]:
        """Every run of the step, each group of `group_size` runs of one task. With dynamic
        sampling, groups whose runs all got the same reward stay in, and fresh tasks are run
        in their place (`train.dynamic_sampling`)."""
        config = self.config
        curriculum = Curriculum.replay(read_log(self.step_log), step) if config.curriculum else None
        tasks = self._first_tasks(step, curriculum)
        runs = self._run_groups(step, tasks, draw=0)
        refill_rounds = config.dynamic_max_rounds if config.dynamic_sampling else 0
        for draw in range(1, refill_rounds + 1):
            fresh = self._fresh_tasks(step, draw, tasks, groups_missing(runs, config.tasks_per_step), curriculum)
            if not fresh:
                break
            tasks += fresh
            runs += self._run_groups(step, fresh, draw)
        return runs

    def _first_tasks(self, step: int, curriculum: Curriculum | None) -> list[Task]:
        """The step's tasks: the seeded cycle through the split, or the curriculum's draw."""
        config = self.config
        if curriculum is None:
            return tasks_for_step(self.tasks, step, config.tasks_per_step, config.seed)
        rng = random.Random(derived_seed(config.seed, "curriculum", step))
        return curriculum.draw(self.tasks, config.tasks_per_step, rng)

    def _fresh_tasks(self, step: int, draw: int, drawn: list[Task], wanted: int,
                     curriculum: Curriculum | None) -> list[Task]:
        """Up to `wanted` tasks not yet drawn this step, by curriculum weight (else alike)."""
        seen = {t.task_id for t in drawn}
        fresh = [t for t in self.tasks if t.task_id not in seen]
        weights = [curriculum.weight(t.task_id) if curriculum else 1.0 for t in fresh]
        return weighted_draw(fresh, weights, wanted, random.Random(derived_seed(self.config.seed, "refill", step, draw)))

    def _run_groups(self, step: int, tasks: list[Task], draw: int) -> list[Trajectory]:
        """`group_size` runs of each task, read back with their task's family and `draw`."""
        config = self.config
        specs = []
        for task in tasks:
            group_id = f"step{step}-{task.task_id}"
            for sample in range(config.group_size):
                sampling = SamplingParams(
                    max_new_tokens=config.max_new_tokens,
                    temperature=config.temperature,
                    seed=derived_seed(config.seed, step, task.task_id, sample),
                )
                specs.append(run_spec(task, group_id=group_id, sampling=sampling,
                                      max_turns=config.max_turns, image=self.image_for(task)))
        results = list(self.runtime.run_many(specs, self.concurrency))
        ok = [r for r in results if r.error is None]
        self.failed_runs += len(results) - len(ok)
        family = {task.task_id: task.family for task in tasks}
        runs = read_runs(self.trace_dir, ok)
        for run in runs:
            run.family, run.draw = family.get(run.task_id or ""), draw
        return runs


def read_runs(trace_dir: Path, results: list) -> list[Trajectory]:
    """Trajectories of finished runs; the runner's reward is used if the trace lacks one."""
    from loopwright.agent.trajectories import read_trajectories

    by_trace = {r.trace_id: r for r in results}
    trajectories = read_trajectories(trace_dir, set(by_trace))
    for traj in trajectories:
        if traj.reward is None:
            traj.reward = by_trace[traj.trace_id].reward
    return trajectories

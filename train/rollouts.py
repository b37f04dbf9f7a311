"""Rollouts: groups of agent runs per task, in sandboxes, read back as trajectories.

Each step draws `tasks_per_step` tasks (a seeded shuffle of the split, cycled), runs
`group_size` runs of each through the agent runtime (traced), verifies each run in its
own sandbox before it closes, and reads the runs back from the trace files. Seeds derive
from (seed, step, task, sample), so a resumed step replays the same draws.
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
    failed_runs: int = 0
    """Runs that ended in an infrastructure error (not trained on)."""

    def collect(self, step: int) -> list[Trajectory]:

        specs = []
        for task in tasks_for_step(self.tasks, step, self.config.tasks_per_step, self.config.seed):
            group_id = f"step{step}-{task.task_id}"
            for sample in range(self.config.group_size):
                sampling = SamplingParams(
                    max_new_tokens=self.config.max_new_tokens,
                    temperature=self.config.temperature,
                    seed=derived_seed(self.config.seed, step, task.task_id, sample),
                )
                specs.append(run_spec(task, group_id=group_id, sampling=sampling,
                                      max_turns=self.config.max_turns, image=self.image_for(task)))
        results = list(self.runtime.run_many(specs, self.concurrency))
        ok = [r for r in results if r.error is None]
        self.failed_runs += len(results) - len(ok)
        return read_runs(self.trace_dir, ok)


def read_runs(trace_dir: Path, results: list) -> list[Trajectory]:
    """Trajectories of finished runs; the runner's reward is used if the trace lacks one."""
    from loopwright.agent.trajectories import read_trajectories

    by_trace = {r.trace_id: r for r in results}
    trajectories = read_trajectories(trace_dir, set(by_trace))
    for traj in trajectories:
        if traj.reward is None:
            traj.reward = by_trace[traj.trace_id].reward
    return trajectories

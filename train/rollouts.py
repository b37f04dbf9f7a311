"""Rollouts: groups of agent runs per task, in sandboxes, read back as trajectories.

A step's tasks come from `train.step_draws.StepDraws` (seeded cycle or curriculum, then
dynamic sampling's refills); this module runs `group_size` runs of each through the agent
runtime (traced), verifies each run in its own sandbox before it closes, and reads the runs
back from the trace files. Sampling seeds derive from (seed, step, task, sample), so a
resumed step replays the same runs.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from loopwright.agent.trajectory import Trajectory
from loopwright.envs.sandbox.base import Sandbox
from loopwright.envs.tasks import Task, VerifyResult, setup_workspace, verify
from loopwright.models.sampling import SamplingParams
from loopwright.train.algorithms.base import reward
from loopwright.train.config import TrainConfig
from loopwright.train.seeds import derived_seed
from loopwright.train.step_draws import StepDraws


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
    """The training loop's step log, needed with `config.curriculum` (see `StepDraws`)."""
    failed_runs: int = 0
    """Runs that ended in an infrastructure error (not trained on)."""
    draws: StepDraws = field(init=False)

    def __post_init__(self) -> None:
        self.draws = StepDraws(self.tasks, self.config, self.step_log)

    def collect(self, step: int) -> list[Trajectory]:
        """Every run of the step (`StepDraws.collect`: first draw, then dynamic sampling)."""
        return self.draws.collect(step, self._run_groups)

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
        runs = read_runs(self.trace_dir, ok)
        if config.guidance:
            runs += self._demonstrations(step, unsolved(tasks, runs, config.sft_threshold))
        family = {task.task_id: task.family for task in tasks}
        for run in runs:
            run.family, run.draw = family.get(run.task_id or ""), draw
        return runs

    def _demonstrations(self, step: int, tasks: list[Task]) -> list[Trajectory]:
        """Guidance: one verified oracle demonstration of each task, in the task's group of
        this step; a demonstration the verifier fails is dropped like any failed run."""
        from loopwright.train.demos import demo_spec

        forced = self.runtime.unconstrained()
        tokenizer = forced.local.tokenizer
        specs = [demo_spec(task, tokenizer, tokenizer.eos_token_id, forced.action_format, self.config.max_turns,
                           self.image_for(task), group_id=f"step{step}-{task.task_id}") for task in tasks]
        results = [r for r in forced.run_many(specs, self.concurrency) if r.error is None]
        demos = [run for run in read_runs(self.trace_dir, results) if reward(run) >= self.config.sft_threshold]
        for demo in demos:
            demo.guided = True
        return demos


def unsolved(tasks: list[Task], runs: list[Trajectory], threshold: float) -> list[Task]:
    """The tasks none of whose `runs` scored `threshold`, that have an oracle to demonstrate."""
    solved = {run.task_id for run in runs if reward(run) >= threshold}
    return [t for t in tasks if t.task_id not in solved and t.solution_script is not None]


def read_runs(trace_dir: Path, results: list) -> list[Trajectory]:
    """Trajectories of finished runs; the runner's reward is used if the trace lacks one."""
    from loopwright.agent.trajectories import read_trajectories

    by_trace = {r.trace_id: r for r in results}
    trajectories = read_trajectories(trace_dir, set(by_trace))
    for traj in trajectories:
        if traj.reward is None:
            traj.reward = by_trace[traj.trace_id].reward
    return trajectories

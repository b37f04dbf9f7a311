"""Offline rollout source: trajectories already on disk (any runs, chat sessions included).

Only runs with a reward (given at run time or later with `append_reward`) are used, and,
for SFT and DPO, the turns a person rated or corrected in the chat (`train.feedback`). Each
step takes the next `tasks_per_step` groups of a seeded shuffle, cycling, so a resumed run
sees the same data at the same step.
"""

from collections import defaultdict
from pathlib import Path

from loopwright.agent.trajectory import Trajectory
from loopwright.train.algorithms.base import group_key
from loopwright.train.config import TrainConfig
from loopwright.train.seeds import derived_seed


class NoTrainableTraces(ValueError):
    """The trace folder holds no run with a reward and recorded tokens."""


class OfflineTraces:
    def __init__(self, trace_dir: Path, config: TrainConfig, trace_ids: set[str] | None = None) -> None:
        """The rewarded runs of `trace_dir` (only those in `trace_ids` when given: e.g. the
        runs of one batch in a folder other runs were traced to as well)."""
        from loopwright.agent.tracing.reader import read_traces
        from loopwright.agent.trajectories import to_trajectory
        from loopwright.train.feedback import FEEDBACK_ALGOS, FeedbackCounts, feedback_runs

        if not Path(trace_dir).exists():
            raise NoTrainableTraces(f"{trace_dir}: no such trace folder or file")
        traces = read_traces(trace_dir, trace_ids)
        runs = [t for t in map(to_trajectory, traces.values()) if t.reward is not None and t.turns]
        self.feedback = FeedbackCounts()
        """The rated and corrected turns that joined `runs` (SFT and DPO only)."""
        if config.algo in FEEDBACK_ALGOS:
            runs += feedback_runs(traces, self.feedback)
        if not runs:
            raise NoTrainableTraces(
                f"{trace_dir}: no traced run has both a reward and token ids; give rewards "
                "with `loopwright traces reward`, rate or correct answers in `loopwright chat` "
                "(sft, dpo), or train online with --suite"
            )
        groups: dict[str, list[Trajectory]] = defaultdict(list)
        for run in runs:
            groups[group_key(run)].append(run)
        self.groups = [groups[k] for k in sorted(groups)]
        self.config = config
        self.runs = len(runs)

    def collect(self, step: int) -> list[Trajectory]:
        import random

        per_step = min(self.config.tasks_per_step, len(self.groups))
        picked: list[Trajectory] = []
        for i in range(step * per_step, (step + 1) * per_step):
            epoch, offset = divmod(i, len(self.groups))
            order = list(range(len(self.groups)))
            random.Random(derived_seed(self.config.seed, "offline", epoch)).shuffle(order)
            picked += self.groups[order[offset]]
        return picked

"""The training loop: rollouts -> trainer step -> weights to the engine -> log/checkpoint.

The rollout source is anything with `collect(step) -> list[Trajectory]`: agent runs in
sandboxes (online), trajectories read from trace files (offline), or a token-level
environment in tests. The loop is the same for all of them.
"""

import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

import torch
from tqdm import tqdm

from loopwright.agent.trajectory import Trajectory
from loopwright.train.checkpoint import latest_checkpoint, restore_checkpoint, save_checkpoint
from loopwright.train.config import TrainConfig
from loopwright.train.log import STEP_LOG, StepLog, plot_families, plot_rewards
from loopwright.train.trainer import NonFiniteLossError, StepStats, Trainer

WeightSink = Callable[[dict[str, torch.Tensor]], None]


class RolloutSource(Protocol):
    def collect(self, step: int) -> list[Trajectory]:
        """The runs of `step` (deterministic given the step, for --resume): every run made,
        groups without a learning signal too (the algorithm skips them, the log counts them)."""
        ...


class TrainingStopped(RuntimeError):
    """Training stopped early; the message says why and which checkpoint is intact."""


def run_training(
    trainer: Trainer,
    source: RolloutSource,
    out_dir: Path,
    on_weights: WeightSink | None = None,
    resume: bool = False,
    progress: bool = True,
    time_budget_s: float | None = None,
) -> list[StepStats]:
    """Runs steps until `config.steps` (or, after a step, past `time_budget_s`); returns
    this invocation's step stats. A budget stop still checkpoints, saves and plots.
    `resume` continues from the latest checkpoint; its saved config must agree with
    `trainer.config` except in `config.RESUME_MAY_DIFFER` (else a ValueError names the fields)."""
    started = time.monotonic()
    config: TrainConfig = trainer.config
    start = 0
    if resume:
        ckpt = latest_checkpoint(out_dir)
        if ckpt is not None:
            restore_checkpoint(ckpt, trainer.policy, trainer.optimizer, config, trainer.algorithm)
            start = ckpt.step
            if on_weights is not None:
                on_weights(trainer.policy.merged_state_dict())
    log = StepLog(out_dir / STEP_LOG, resume_from_step=start)
    history: list[StepStats] = []
    bar = tqdm(range(start, config.steps), initial=start, total=config.steps, disable=not progress, desc=config.algo)
    for step in bar:
        trajectories = source.collect(step)
        try:
            stats = trainer.step(step, trajectories)
        except NonFiniteLossError as exc:
            last = latest_checkpoint(out_dir)
            kept = f"last good checkpoint: {last.path}" if last else "no checkpoint was written yet"
            raise TrainingStopped(f"step {step}: non-finite loss ({exc}); stopped, {kept}") from None
        if stats.loss is not None and on_weights is not None:
            on_weights(trainer.policy.merged_state_dict())
        log.write(stats, trajectories)
        history.append(stats)
        bar.set_postfix(reward=f"{stats.reward_mean:.2f}", loss=f"{stats.loss or 0:.3f}", kl=f"{stats.kl:.3f}")
        done = step + 1
        out_of_time = time_budget_s is not None and time.monotonic() - started > time_budget_s
        if done % config.checkpoint_every == 0 or done == config.steps or out_of_time:
            save_checkpoint(out_dir, done, trainer.policy, trainer.optimizer, config, trainer.algorithm)
        if out_of_time:
            break
    trainer.policy.save_adapter(out_dir / "adapter")
    plot_rewards(out_dir / STEP_LOG, out_dir / "reward.png")
    plot_families(out_dir / STEP_LOG, out_dir / "families.png")
    return history

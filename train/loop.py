"""The training loop: rollouts -> trainer step -> weights to the engine -> log/checkpoint.

The rollout source is anything with `collect(step) -> list[Trajectory]`: agent runs in
sandboxes (online), trajectories read from trace files (offline), or a token-level
environment in tests. The loop is the same for all of them.

A `StopRequest` (a stop signal, in `loopwright train`) ends the loop early without losing
work: a step whose rollouts are still being collected is abandoned (nothing of it was
applied yet), a step being trained finishes; either way the last finished step is
checkpointed, so `--resume` continues to exactly the losses of an uninterrupted run.
"""

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from tqdm import tqdm

from loopwright.agent.trajectory import Trajectory
from loopwright.train.checkpoint import latest_checkpoint, restore_checkpoint, save_checkpoint
from loopwright.train.config import TrainConfig
from loopwright.train.log import STEP_LOG, StepLog, plot_families, plot_rewards
from loopwright.train.policy import LoraPolicy
from loopwright.train.trainer import NonFiniteLossError, StepStats, Trainer

if TYPE_CHECKING:
    from loopwright.models import Engine

WeightSink = Callable[[LoraPolicy], "Published | None"]
"""Called with the policy after each optimizer step (and on resume): pushes its weights to
what serves the rollouts (`engine_weights` for an engine in this process; Ray workers take
the LoRA factors, `loopwright.scale.driver.RayRuntime.publish`, which says what it sent)."""


class Published(Protocol):
    """What a sink that sends weights somewhere reports; the step's log line keeps it."""

    nbytes: int
    seconds: float


def engine_weights(engine: "Engine") -> WeightSink:
    """The sink of an engine in this process: the adapter's factors, served beside the base
    weights from the next engine step (merging them would cost the GGUF blocks' fast decode)."""
    return lambda policy: engine.update_adapter(policy.lora_factors())


class RolloutSource(Protocol):
    def collect(self, step: int) -> list[Trajectory]:
        """The runs of `step` (deterministic given the step, for --resume): every run made,
        groups without a learning signal too (the algorithm skips them, the log counts them)."""
        ...


class TrainingStopped(RuntimeError):
    """Training stopped early; the message says why and which checkpoint is intact."""


class StepAbandoned(BaseException):
    """Raised into a step's rollouts when a stop is requested while they are collected.

    A BaseException, like KeyboardInterrupt, so a rollout source's `except Exception` (a
    failed run counted, the batch going on) does not swallow it."""


class StopRequest:
    """A request to stop training early, made from a signal handler or a test.

    A request made in the thread collecting a step's rollouts (a signal handler runs in the
    main thread) abandons them at once (StepAbandoned); otherwise it is only marked, and
    `run_training` stops after the step it is in.
    """

    def __init__(self) -> None:
        self.signum: int | None = None
        """The signal that asked for the stop (0: asked by a caller); None: not asked."""
        self._collecting: int | None = None
        """Id of the thread collecting rollouts now (None: none is)."""

    @property
    def requested(self) -> bool:
        return self.signum is not None

    def __call__(self, signum: int = 0) -> None:
        """Ask for the stop (the `stop=` callback of `exit_on_signals`)."""
        if self.signum is None:
            self.signum = signum
        if self._collecting == threading.get_ident():
            self._collecting = None
            raise StepAbandoned

    def collect(self, source: RolloutSource, step: int) -> list[Trajectory] | None:
        """`source.collect(step)`, or None when a stop abandoned the step."""
        try:  # outermost, so a signal landing anywhere below (the inner finally too) is caught
            self._collecting = threading.get_ident()
            try:
                return None if self.requested else source.collect(step)
            finally:
                self._collecting = None
        except StepAbandoned:
            return None


def run_training(
    trainer: Trainer,
    source: RolloutSource,
    out_dir: Path,
    on_weights: WeightSink | None = None,
    resume: bool = False,
    progress: bool = True,
    time_budget_s: float | None = None,
    stop: StopRequest | None = None,
) -> list[StepStats]:
    """Runs steps until `config.steps` (or, after a step, past `time_budget_s` or once `stop`
    is requested); returns this invocation's step stats. An early stop still checkpoints
    the last finished step, saves and plots.
    `resume` continues from the latest checkpoint; its saved config must agree with
    `trainer.config` except in `config.RESUME_MAY_DIFFER` (else a ValueError names the fields)."""
    started = time.monotonic()
    config: TrainConfig = trainer.config
    start = 0
    saved: int | None = None
    """The step this invocation's state was last checkpointed at (restored from, or saved)."""
    if resume:
        ckpt = latest_checkpoint(out_dir)
        if ckpt is not None:
            restore_checkpoint(ckpt, trainer.policy, trainer.optimizer, config, trainer.algorithm)
            start = saved = ckpt.step
            if on_weights is not None:
                on_weights(trainer.policy)
    log = StepLog(out_dir / STEP_LOG, resume_from_step=start)
    history: list[StepStats] = []
    stop = stop or StopRequest()
    bar = tqdm(range(start, config.steps), initial=start, total=config.steps, disable=not progress, desc=config.algo)
    for step in bar:
        waited = time.monotonic()
        trajectories = stop.collect(source, step)
        waited = time.monotonic() - waited
        if trajectories is None:  # stopped while collecting: the step is dropped whole
            if saved != step:  # so `--resume` continues from the last finished step
                save_checkpoint(out_dir, step, trainer.policy, trainer.optimizer, config, trainer.algorithm)
            break
        try:
            stats = trainer.step(step, trajectories)
        except NonFiniteLossError as exc:
            last = latest_checkpoint(out_dir)
            kept = f"last good checkpoint: {last.path}" if last else "no checkpoint was written yet"
            raise TrainingStopped(f"step {step}: non-finite loss ({exc}); stopped, {kept}") from None
        stats.collect_s = waited
        if stats.loss is not None and on_weights is not None:
            published = on_weights(trainer.policy)
            if published is not None:
                stats.publish_bytes, stats.publish_s = published.nbytes, published.seconds
        log.write(stats, trajectories)
        history.append(stats)
        bar.set_postfix(reward=f"{stats.reward_mean:.2f}", loss=f"{stats.loss or 0:.3f}", kl=f"{stats.kl:.3f}")
        done = step + 1
        out_of_time = time_budget_s is not None and time.monotonic() - started > time_budget_s
        if done % config.checkpoint_every == 0 or done == config.steps or out_of_time or stop.requested:
            save_checkpoint(out_dir, done, trainer.policy, trainer.optimizer, config, trainer.algorithm)
            saved = done
        if out_of_time or stop.requested:
            break
    trainer.policy.save_adapter(out_dir / "adapter")
    plot_rewards(out_dir / STEP_LOG, out_dir / "reward.png")
    plot_families(out_dir / STEP_LOG, out_dir / "families.png")
    return history

"""Asynchronous RL (`train --async --max-staleness K`): rollouts of later steps are generated
while the trainer trains, with weights at most K optimizer steps old (AReaL's bounded
staleness).

`AsyncRollouts` wraps any `RolloutSource`. A producer thread collects step t as soon as the
weights of step t-K are in the engine; `collect(step)` hands the trainer step `step`'s runs,
waiting if they are not ready. The training loop publishes the new weights right after each
update and before its next `collect`, so a call `collect(s)` also says "the weights of step
s are out". With K = 0 the producer starts step s only then: the synchronous loop, exactly.

Each run is marked with its staleness (steps between the weights it started with and the
weights it trains), which is never above K; the loss corrects for the older behaviour
policy with the logprobs recorded at rollout (`train/algorithms/grpo.py`, decoupled ratio).
"""

import threading
import time
from dataclasses import dataclass

from loopwright.agent.trajectory import Trajectory
from loopwright.train.loop import RolloutSource


@dataclass(slots=True)
class AsyncTiming:
    """Where the wall time went, for the log and the summary."""

    trainer_wait_s: float = 0.0
    """Time `collect` blocked the trainer waiting for runs."""
    producer_idle_s: float = 0.0
    """Time the producer waited for fresh enough weights (rollout workers idle)."""
    started: float = 0.0

    def fractions(self) -> dict[str, float]:
        wall = max(time.monotonic() - self.started, 1e-9)
        return {"trainer_wait_fraction": round(self.trainer_wait_s / wall, 4),
                "rollout_idle_fraction": round(self.producer_idle_s / wall, 4)}


class AsyncRollouts:
    """A `RolloutSource` that collects up to `max_staleness` steps ahead on its own thread."""

    def __init__(self, source: RolloutSource, max_staleness: int, steps: int) -> None:
        if max_staleness < 0:
            raise ValueError("--max-staleness must be 0 or more")
        self.source = source
        self.max_staleness = max_staleness
        self.steps = steps
        """The loop's last step + 1: nothing is collected past it."""
        self.timing = AsyncTiming()
        self._cond = threading.Condition()
        self._version: int | None = None
        """The step whose weights the engine holds (None until the first `collect`)."""
        self._ready: dict[int, list[Trajectory]] = {}
        self._error: BaseException | None = None
        self._closed = False
        self._thread: threading.Thread | None = None

    def collect(self, step: int) -> list[Trajectory]:
        """Step `step`'s runs; also tells the producer that step `step`'s weights are out."""
        with self._cond:
            self._version = step
            self._cond.notify_all()
        if self._thread is None:
            self.timing.started = time.monotonic()
            self._thread = threading.Thread(target=self._produce, args=(step,), name="async-rollouts", daemon=True)
            self._thread.start()
        waited = time.monotonic()
        with self._cond:
            while step not in self._ready and self._error is None:
                self._cond.wait(timeout=0.2)  # a timeout, so a stop signal gets through
            self.timing.trainer_wait_s += time.monotonic() - waited
            if self._error is not None:
                raise self._error
            return self._ready.pop(step)

    def _produce(self, first: int) -> None:
        try:
            for step in range(first, self.steps):
                idle = time.monotonic()
                with self._cond:
                    while not self._closed and self._version < step - self.max_staleness:
                        self._cond.wait()
                    if self._closed:
                        return
                    version = self._version
                self.timing.producer_idle_s += time.monotonic() - idle
                runs = self.source.collect(step)
                for run in runs:
                    run.staleness = step - version
                with self._cond:
                    self._ready[step] = runs
                    self._cond.notify_all()
        except BaseException as exc:  # the trainer's next collect raises it
            with self._cond:
                self._error = exc
                self._cond.notify_all()

    def close(self) -> None:
        """Stops the producer after the step it is collecting (a daemon: exit does not wait)."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    @property
    def failed_runs(self) -> int:
        return getattr(self.source, "failed_runs", 0)

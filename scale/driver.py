"""The driver of rollout workers: runs go to the worker with a free slot, results come back
as they finish, the runs of a worker that dies are run again on the others, and a trainer's
new weights go out to every worker after each optimizer step.

`RayRuntime.run_many` has `AgentRuntime.run_many`'s signature and contract (each spec's
result yielded once, as it finishes), so `eval`, `batch` and `train` drive Ray workers
through the same code as one process: results files, reports, tables, JSON lines, traces.
"""

import contextlib
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import ray
from ray.exceptions import RayActorError

from loopwright.agent.runner import RunResult, RunSpec
from loopwright.scale.publish_mode import PublishMode
from loopwright.scale.traces import TraceSink
from loopwright.scale.weights import WeightUpdate
from loopwright.scale.worker import RolloutWorker, RuntimeFactory
from loopwright.train.policy import LoraPolicy


class WorkersLostError(RuntimeError):
    """Every worker died (or one never started); the runs left could not be rescheduled."""


@dataclass(slots=True)
class WorkerPool:
    """How many workers, what each asks of Ray, and how weights reach them."""

    workers: int = 1
    """Rollout worker actors, each with its own engine replica and sandbox pool."""
    cpus_per_worker: float = 1.0
    """Ray CPUs each worker reserves (its engine's threads); Ray places workers where they fit."""
    slots: int = 1
    """Runs in flight on one worker at a time (`--concurrency`); they batch in its engine."""
    publish: PublishMode = PublishMode.lora
    """What a weight publish sends: LoRA factors (workers serve them beside their base) or merged layers."""


@dataclass(slots=True)
class Faults:
    """What went wrong and was recovered, for the command's summary line."""

    runs_retried: int = 0
    lost: dict[int, str] = field(default_factory=dict)
    """Index of each lost worker -> why it was given up (Ray's error, first line)."""


@dataclass(slots=True)
class Publish:
    """One weight publish: bytes through the object store, seconds until every worker swapped."""

    nbytes: int
    seconds: float


class RayRuntime:
    """Runs agent episodes on Ray worker actors; a context manager that closes them."""

    def __init__(self, make_runtime: RuntimeFactory, pool: WorkerPool, trace_dir: Path,
                 on_publish: Callable[[Publish], None] | None = None) -> None:
        actor = ray.remote(RolloutWorker).options(
            num_cpus=pool.cpus_per_worker, max_concurrency=pool.slots + 1,  # +1: ready/weights/close calls
            scheduling_strategy="SPREAD",  # one worker per node while nodes last
        )
        self.pool = pool
        self.workers = [actor.remote(make_runtime) for _ in range(pool.workers)]
        try:
            self.nodes: list[str] = ray.get([w.ready.remote() for w in self.workers])
            """Node id of each worker, in `workers` order."""
        except ray.exceptions.RayError as exc:  # a worker's engine or sandboxes did not start
            for w in self.workers:
                ray.kill(w)
            raise WorkersLostError(f"a rollout worker did not start: {_first_line(exc)}") from exc
        self.traces = TraceSink(trace_dir)
        self.faults = Faults()
        self.publishes: list[Publish] = []
        self.on_publish = on_publish

    def run_many(self, specs: list[RunSpec], concurrency: int = 1,
                 on_start: Callable[[RunSpec], None] | None = None) -> Iterator[RunResult]:
        """Runs `specs` over the live workers, `pool.slots` at a time on each (`concurrency` is
        the local path's knob and is ignored: the pool was sized when the workers started).
        Yields each result once, as it finishes; its trace lines are on the driver by then."""
        queue = deque(specs)
        in_flight: dict[ray.ObjectRef, tuple[int, RunSpec]] = {}
        busy = {w: 0 for w in range(len(self.workers)) if w not in self.faults.lost}
        while queue or in_flight:
            for w in sorted(busy, key=busy.get):  # least loaded first
                while queue and w in busy and busy[w] < self.pool.slots:
                    spec = queue.popleft()
                    if on_start is not None:
                        on_start(spec)
                    in_flight[self.workers[w].run.remote(spec)] = (w, spec)
                    busy[w] += 1
            if not in_flight:
                raise WorkersLostError(f"all {len(self.workers)} workers lost; {len(queue)} runs left "
                                       f"({'; '.join(self.faults.lost.values())})")
            [ref], _ = ray.wait(list(in_flight), num_returns=1)
            w, spec = in_flight.pop(ref)
            try:
                result, lines = ray.get(ref)
            except RayActorError as exc:
                self._lose(w, exc, busy, in_flight, queue, spec)
                continue
            busy[w] -= 1
            self.traces.write(lines)
            yield result

    def _lose(self, w: int, exc: RayActorError, busy: dict[int, int],
              in_flight: dict[ray.ObjectRef, tuple[int, RunSpec]], queue: deque[RunSpec], spec: RunSpec) -> None:
        """Gives worker `w` up: `spec` (the run it lost) and its other runs in flight go back
        to the front of the queue, to run on the others."""
        cut = [ref for ref, (owner, _) in in_flight.items() if owner == w]
        retried = [spec] + [in_flight.pop(ref)[1] for ref in cut]
        queue.extendleft(reversed(retried))
        self.faults.runs_retried += len(retried)
        self.faults.lost[w] = f"worker {w}: {_first_line(exc)}"
        del busy[w]

    def publish(self, policy: LoraPolicy) -> Publish:
        """The trainer's new weights to every live worker (a `WeightSink`): put once in the
        object store, swapped in by each worker between two of its engine steps."""
        started = time.perf_counter()
        update = WeightUpdate.of(policy, self.pool.publish)
        ref = ray.put(update)
        swaps = [worker.load_weights.remote(ref) for w, worker in enumerate(self.workers) if w not in self.faults.lost]
        for swap in swaps:
            with contextlib.suppress(RayActorError):  # a worker lost now is given up by its next run
                ray.get(swap)
        self.publishes.append(Publish(update.nbytes, time.perf_counter() - started))
        if self.on_publish is not None:
            self.on_publish(self.publishes[-1])
        return self.publishes[-1]

    def summary(self) -> str:
        """One line for the end of the command: workers used, runs retried, workers lost."""
        line = (f"ray: {len(self.workers)} workers, {self.faults.runs_retried} runs retried, "
                f"{len(self.faults.lost)} workers lost")
        if self.publishes:
            mean_mb = sum(p.nbytes for p in self.publishes) / len(self.publishes) / 1e6
            line += f", {len(self.publishes)} weight publishes of {mean_mb:.1f} MB ({self.pool.publish.value})"
        return line

    def close(self) -> None:
        """Closes every live worker's sandboxes, then ends the actors."""
        for w, worker in enumerate(self.workers):
            if w not in self.faults.lost:  # a lost worker's containers went with their owner (labels.py)
                with contextlib.suppress(RayActorError, ray.exceptions.GetTimeoutError):
                    ray.get(worker.close.remote(), timeout=60)
            ray.kill(worker)
        self.traces.close()

    def __enter__(self) -> "RayRuntime":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__

"""The driver of rollout workers: runs go to the worker with a free slot, results come back
as they finish, and the runs of a worker that dies are run again on the others.

`RayRuntime.run_many` has `AgentRuntime.run_many`'s signature and contract (each spec's
result yielded once, as it finishes), so `eval` and `batch` drive Ray workers through the
same code as one process: the results file, the report, the table and the JSON line.
"""

import contextlib
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import ray
from ray.exceptions import RayActorError

from loopwright.agent.runner import RunResult, RunSpec
from loopwright.scale.traces import TraceSink
from loopwright.scale.worker import RolloutWorker, RuntimeFactory


class WorkersLostError(RuntimeError):
    """Every worker died; the runs left could not be rescheduled."""


@dataclass(slots=True)
class WorkerPool:
    """How many workers, and what each asks of Ray."""

    workers: int = 1
    """Rollout worker actors, each with its own engine replica and sandbox pool."""
    cpus_per_worker: float = 1.0
    """Ray CPUs each worker reserves (its engine's threads); Ray places workers where they fit."""
    slots: int = 1
    """Runs in flight on one worker at a time (`--concurrency`); they batch in its engine."""


@dataclass(slots=True)
class Faults:
    """What went wrong and was recovered, for the command's summary line."""

    workers_lost: int = 0
    runs_retried: int = 0
    lost: list[str] = field(default_factory=list)
    """Why each lost worker was given up (Ray's error, first line)."""


class RayRuntime:
    """Runs agent episodes on Ray worker actors; a context manager that closes them."""

    def __init__(self, make_runtime: RuntimeFactory, pool: WorkerPool, trace_dir: Path) -> None:
        actor = ray.remote(RolloutWorker).options(
            num_cpus=pool.cpus_per_worker, max_concurrency=pool.slots + 1,  # +1: ready/close calls
            scheduling_strategy="SPREAD",  # one worker per node while nodes last
        )
        self.pool = pool
        self.workers = [actor.remote(make_runtime) for _ in range(pool.workers)]
        try:
            self.nodes = ray.get([w.ready.remote() for w in self.workers])
        except ray.exceptions.RayError as exc:  # a worker's engine or sandboxes did not start
            for w in self.workers:
                ray.kill(w)
            raise WorkersLostError(f"a rollout worker did not start: {_first_line(exc)}") from exc
        """Node id of each worker, in `workers` order."""
        self.traces = TraceSink(trace_dir)
        self.faults = Faults()

    def run_many(self, specs: list[RunSpec], concurrency: int = 1,
                 on_start: Callable[[RunSpec], None] | None = None) -> Iterator[RunResult]:
        """Runs `specs` over the workers, `pool.slots` at a time on each (`concurrency` is the
        local path's knob and is ignored: the pool was sized when the workers started).
        Yields each result once, as it finishes; its trace lines are on the driver by then."""
        queue = deque(specs)
        in_flight: dict[ray.ObjectRef, tuple[int, RunSpec]] = {}
        busy = {w: 0 for w in range(len(self.workers))}
        while queue or in_flight:
            for w in list(busy):  # fill every free slot, least loaded worker first
                while queue and busy.get(w, self.pool.slots) < self.pool.slots:
                    spec = queue.popleft()
                    if on_start is not None:
                        on_start(spec)
                    in_flight[self.workers[w].run.remote(spec)] = (w, spec)
                    busy[w] += 1
            if not busy:
                raise WorkersLostError(f"all {len(self.workers)} workers lost; {len(queue) + len(in_flight)} "
                                       f"runs left ({'; '.join(self.faults.lost)})")
            [ref], _ = ray.wait(list(in_flight), num_returns=1)
            w, spec = in_flight.pop(ref)
            try:
                result, lines = ray.get(ref)
            except RayActorError as exc:
                self._lose(w, spec, exc, busy, in_flight, queue)
                continue
            busy[w] -= 1
            self.traces.write(lines)
            yield result

    def _lose(self, w: int, spec: RunSpec, exc: RayActorError, busy: dict[int, int],
              in_flight: dict[ray.ObjectRef, tuple[int, RunSpec]], queue: deque[RunSpec]) -> None:
        """Gives worker `w` up: `spec` (whose run it lost) and its other runs in flight go back
        to the front of the queue."""
        cut = [(ref, spec) for ref, (owner, spec) in in_flight.items() if owner == w]
        for ref, _ in cut:
            del in_flight[ref]
        retried = [spec for _, spec in cut] + [spec]
        queue.extendleft(reversed(retried))
        self.faults.runs_retried += len(retried)
        self.faults.workers_lost += 1
        self.faults.lost.append(f"worker {w}: {_first_line(exc)}")
        del busy[w]

    def summary(self) -> str:
        """One line for the end of the command: workers used, runs retried, workers lost."""
        return (f"ray: {len(self.workers)} workers, {self.faults.runs_retried} runs retried, "
                f"{self.faults.workers_lost} workers lost")

    def close(self) -> None:
        """Closes every live worker's sandboxes, then ends the actors."""
        for w in self.workers:
            # a lost worker's containers go with their owner process (labels.py)
            with contextlib.suppress(RayActorError, ray.exceptions.GetTimeoutError):
                ray.get(w.close.remote(), timeout=60)
            ray.kill(w)
        self.traces.close()

    def __enter__(self) -> "RayRuntime":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__

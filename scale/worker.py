"""A rollout worker: one Ray actor = one engine replica + one sandbox pool on its node.

The actor builds its runtime with the same factory the local path uses (`RuntimeFactory`),
so a run on a worker is `AgentRuntime.run` exactly as in one process; only its traces go
to a scratch folder and travel back with the result (`traces.py`). The actor is threaded:
its runs in flight share the engine, whose decode steps batch them.
"""

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from loopwright.agent.runner import AgentRuntime, RunResult, RunSpec
from loopwright.scale.traces import TraceCursor
from loopwright.scale.weights import WeightUpdate

RuntimeFactory = Callable[[Path], AgentRuntime]
"""Builds a worker's runtime (model, engine, SandboxManager, tools) tracing into the given
folder; a module-level function or a `functools.partial` of one, so Ray can ship it."""


class RolloutWorker:
    """The body of a worker actor (`ray.remote(RolloutWorker)` in `driver.py`)."""

    def __init__(self, make_runtime: RuntimeFactory) -> None:
        self.scratch = Path(tempfile.mkdtemp(prefix="loopwright-worker-"))
        self.runtime = make_runtime(self.scratch / "traces")
        self.traces = TraceCursor(self.scratch / "traces")

    def ready(self) -> str:
        """The node this worker runs on, once its engine is loaded (the driver waits for it)."""
        import ray

        return ray.get_runtime_context().get_node_id()

    def run(self, spec: RunSpec) -> tuple[RunResult, bytes]:
        """One run, and the JSONL lines of its trace."""
        result = self.runtime.run(spec)
        return result, self.traces.take(result.trace_id)

    def load_weights(self, update: WeightUpdate) -> None:
        """Swaps the trainer's new weights into this worker's engine between two engine steps:
        LoRA factors are served beside the base weights, merged layers replace them."""
        if update.factors is not None:
            self.runtime.engine.update_adapter(update.factors)
        else:
            self.runtime.engine.update_weights(update.merged)

    def pid(self) -> int:
        return os.getpid()

    def close(self) -> None:
        """Closes the sandboxes (containers removed) and drops the scratch folder."""
        self.runtime.sandboxes.close()
        shutil.rmtree(self.scratch, ignore_errors=True)

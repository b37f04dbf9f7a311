"""What every route shares: the one engine all clients batch in, its model, counters and tracer."""

from dataclasses import dataclass, field
from typing import Any

from loopwright.models.local_model import LocalModel
from loopwright.server.metrics import ServerCounters


@dataclass(slots=True)
class ServedModel:
    engine: Any
    """A `loopwright.models.Engine` (ours: continuous batching across every client)."""
    local: LocalModel
    name: str
    """The id `/v1/models` lists and responses carry."""
    context_len: int
    """Longest prompt + completion the engine runs."""
    counters: ServerCounters = field(default_factory=ServerCounters)
    tracer: Any = None
    """A `loopwright.server.tracing.CallTracer`, or None: calls are not traced."""


def context_len(engine: Any, local: LocalModel) -> int:
    """The engine's limit on prompt + completion (our scheduler's), else the model's positions."""
    scheduler = getattr(engine, "scheduler", None)
    return int(getattr(scheduler, "max_model_len", 0) or local.hf_config.max_position_embeddings)

"""What every route shares: the one engine all clients batch in, its model, counters and tracer."""

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from loopwright.models.engine_protocol import Engine
from loopwright.models.local_model import LocalModel
from loopwright.server.metrics import ServerCounters

if TYPE_CHECKING:  # the tracer loads OpenTelemetry's SDK; only `--trace-dir` needs it
    from loopwright.server.tracing import CallTracer


@dataclass(slots=True)
class ServedModel:
    engine: Engine
    """Ours in `loopwright serve`: continuous batching across every client."""
    local: LocalModel
    name: str
    """The id `/v1/models` lists and responses carry."""
    context_len: int
    """Longest prompt + completion the engine runs."""
    counters: ServerCounters = field(default_factory=ServerCounters)
    tracer: "CallTracer | None" = None
    """Records every call as `chat` spans; None: calls are not traced."""


def context_len(engine: Engine, local: LocalModel) -> int:
    """The engine's limit on prompt + completion (our scheduler's), else the model's positions."""
    scheduler = getattr(engine, "scheduler", None)
    return int(getattr(scheduler, "max_model_len", 0) or local.hf_config.max_position_embeddings)

"""What every route shares: the one engine all clients batch in, its model, counters and tracer."""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from loopwright.models.engine_protocol import Engine
from loopwright.models.local_model import LocalModel
from loopwright.server.metrics import ServerCounters

if TYPE_CHECKING:  # the tracer loads OpenTelemetry's SDK; only `--trace-dir` needs it
    import torch

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
    adapter_weights: "Callable[[Path], dict[str, torch.Tensor]] | None" = None
    """A LoRA adapter folder -> the base weights with it merged (ValueError for a bad folder),
    for `POST /v1/weights`; the CLI passes it in (training code sits above the server)."""


def context_len(engine: Engine, local: LocalModel) -> int:
    """The engine's limit on prompt + completion (our scheduler's), else the model's positions."""
    scheduler = getattr(engine, "scheduler", None)
    return int(getattr(scheduler, "max_model_len", 0) or local.hf_config.max_position_embeddings)

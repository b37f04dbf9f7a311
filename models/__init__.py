"""loopwright.models: loading, our paged-KV engine, and the HF reference engine.

    local = load("smollm2-135m")
    engine = make_engine(local, kind="ours")
    engine.generate(["Hello"], SamplingParams(max_new_tokens=16))

Both engines implement the `Engine` protocol; callers type against it.
"""

from typing import Literal

from loopwright.models.config import EngineConfig
from loopwright.models.engine_protocol import Engine
from loopwright.models.loading import ModelLoadError, load
from loopwright.models.local_model import LocalModel


def make_engine(local: LocalModel, kind: Literal["ours", "hf"] = "ours", config: EngineConfig | None = None) -> Engine:
    """Our paged engine (`ours`) or transformers `generate()` (`hf`) behind one API."""
    if kind == "hf":
        from loopwright.models.hf_engine import HFEngine

        return HFEngine(local)
    if kind == "ours":
        from loopwright.models.engine import PagedEngine

        return PagedEngine(local, config or EngineConfig())
    raise ValueError(f"unknown engine kind {kind!r}; use 'ours' or 'hf'")


__all__ = ["Engine", "EngineConfig", "LocalModel", "ModelLoadError", "load", "make_engine"]

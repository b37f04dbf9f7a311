"""loopwright.models: loading, our paged-KV engine, and the HF reference engine.

    local = load("smollm2-135m")
    engine = make_engine(local, kind="ours")
    engine.generate(["Hello"], SamplingParams(max_new_tokens=16))
"""

from typing import TYPE_CHECKING, Literal

from loopwright.models.config import EngineConfig
from loopwright.models.loading import ModelLoadError, load
from loopwright.models.local_model import LocalModel

if TYPE_CHECKING:
    from loopwright.models.engine import Engine
    from loopwright.models.hf_engine import HFEngine


def make_engine(
    local: LocalModel, kind: Literal["ours", "hf"] = "ours", config: EngineConfig | None = None
) -> "Engine | HFEngine":
    """Our paged engine (`ours`) or transformers `generate()` (`hf`) behind one API."""
    if kind == "hf":
        from loopwright.models.hf_engine import HFEngine

        return HFEngine(local)
    if kind == "ours":
        from loopwright.models.engine import Engine

        return Engine(local, config or EngineConfig())
    raise ValueError(f"unknown engine kind {kind!r}; use 'ours' or 'hf'")


def __getattr__(name: str):
    if name == "Engine":
        from loopwright.models.engine import Engine

        return Engine
    raise AttributeError(name)


__all__ = ["Engine", "EngineConfig", "LocalModel", "ModelLoadError", "load", "make_engine"]

"""One loaded model and engine per model in a process, for chat models built by name.

`LoopwrightChat(model="smollm2-135m")` is how LangChain users build a local chat model
(as with `ChatOllama(model=...)`), and they build many: one per chain, per test, per call
with a `model=` override. Each load costs seconds and each engine a KV cache of hundreds
of MB, so every chat model naming the same weights shares one `SharedEngine`, which also
batches their concurrent calls in one scheduler. This is the one piece of process-wide
state besides the OpenTelemetry provider; callers that hold their own engine pass it in
and never touch it.
"""

import dataclasses
import threading
from dataclasses import dataclass

from loopwright.models import make_engine
from loopwright.models.engine_protocol import Engine
from loopwright.models.loading import load, resolve_spec
from loopwright.models.local_model import LocalModel

DEFAULT_MODEL = "smollm2-135m"
"""The embedded model: what a chat model built without a name or an engine runs."""


@dataclass(frozen=True)
class SharedEngine:
    """A model loaded once (fp32, our paged engine) and the engine over it."""

    local: LocalModel
    engine: Engine


_lock = threading.Lock()
"""Held while loading, so concurrent first calls load a model once."""
_engines: dict[tuple[str, str | None], SharedEngine] = {}
"""(directory, GGUF file or None) -> its engine: two spellings of one file share it."""


def shared_engine(spec: str = DEFAULT_MODEL) -> SharedEngine:
    """The engine of `spec` (anything `load` takes), loaded on first use in this process.

    Raises `ModelLoadError` for a spec that cannot be loaded, with what to do instead.
    """
    name, directory, gguf_file = resolve_spec(spec)
    key = (directory, gguf_file)
    with _lock:
        if key not in _engines:
            local = load(spec)
            _engines[key] = SharedEngine(local, make_engine(local))
        shared = _engines[key]
    if shared.local.name != name:  # loaded under another spelling: same weights, this spelling's name
        shared = SharedEngine(dataclasses.replace(shared.local, name=name), shared.engine)
    return shared

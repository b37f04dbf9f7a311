"""loopwright: a terminal agent framework with tool use on a local model.

A LangGraph agent runs on our own KV-cached engine, acts through tools inside Docker
sandboxes, is traced with OpenTelemetry, and the traces train the same model.
Heavy modules (torch, transformers) load lazily so `loopwright --help` stays fast.
"""

__version__ = "0.1.0"

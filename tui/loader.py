"""The real backend: embedded model, our engine, built-in tools, sandbox, sessions, tracing.

Runs in the app's load worker, so the screen is up while the model loads.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from langgraph.checkpoint.base import BaseCheckpointSaver
from loopwright.tui.backend import ChatBackend
from loopwright.tui.sandbox_monitor import SandboxMonitor

SANDBOX_LABEL = "chat"
"""Session label of chat sandboxes (the graph's factory is shared by all sessions)."""


@dataclass(slots=True)
class ChatOptions:
    model: str = "smollm2-135m"
    """smollm2-135m (embedded), an HF directory, a .gguf file or a hub id."""
    dtype: Literal["fp32", "bf16"] = "fp32"
    """Weights and KV-cache dtype."""
    sandbox: Literal["docker", "local"] = "docker"
    """Where tools run: a Docker container per session, or (on purpose only) this machine."""
    trace_dir: Path | None = Path(".loopwright/traces")
    """JSONL trace files, one span per line; None keeps spans in memory only."""
    max_new_tokens: int = 512
    """Longest reply of one model turn."""
    temperature: float = 0.0
    """0 is greedy."""
    max_turns: int = 10
    """Model turns allowed per message before the agent stops."""


def load_backend(options: ChatOptions, store: BaseCheckpointSaver) -> ChatBackend:
    """Loads the model and builds the backend (slow: call it in a worker)."""
    from loopwright.models import load, make_engine

    local = load(options.model, dtype=options.dtype)
    return build_backend(local, make_engine(local, kind="ours"), options, store)


def build_backend(local: Any, engine: Any, options: ChatOptions, store: BaseCheckpointSaver) -> ChatBackend:
    """The agent graph over an already loaded model and engine."""
    from loopwright.agent import AgentConfig, LoopwrightChat, build_graph, close_sandboxes
    from loopwright.agent.tracing import TracingConfig, setup_tracing
    from loopwright.agent.workspace import SandboxFactory
    from loopwright.models.action_formats import default_action_format
    from loopwright.models.sampling import SamplingParams
    from loopwright.tools import builtin_tools

    setup_tracing(TracingConfig(trace_dir=options.trace_dir))
    chat_model = LoopwrightChat(
        engine=engine,
        local=local,
        action_format=default_action_format(local),
        sampling=SamplingParams(max_new_tokens=options.max_new_tokens, temperature=options.temperature),
        constrained=True,
    )
    sandboxes = SandboxFactory(options.sandbox)
    monitor = SandboxMonitor(lambda: sandboxes.create(None, None, SANDBOX_LABEL), options.sandbox)
    config = AgentConfig(approval="ask", max_turns=options.max_turns)
    graph = build_graph(chat_model, builtin_tools(), monitor.create, config, store)
    return ChatBackend(graph, store, local.name, monitor, close_sandboxes, traced=True)

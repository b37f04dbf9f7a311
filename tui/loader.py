"""The real backend: embedded model, our engine, built-in tools, sandbox, sessions, tracing.

Runs in the app's load worker, so the screen is up while the model loads.
"""

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from langgraph.checkpoint.base import BaseCheckpointSaver

from loopwright.tui.backend import ChatBackend
from loopwright.tui.sandbox_monitor import SandboxMonitor

if TYPE_CHECKING:
    from loopwright.agent import SandboxManager
    from loopwright.models import Engine, LocalModel

log = logging.getLogger(__name__)

CHAT_POOL_SIZE = 1
"""Containers kept started for the next chat session (a session's first tool call is instant)."""


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
    """Model turns allowed per run (one user message) before the agent stops."""
    keep_workspaces: bool = False
    """Docker: each session's /workspace is kept in a named volume, so resuming it (after a
    crash or a quit) finds its files; sandboxes then start cold (no pool)."""
    extra_tools: list = field(default_factory=list)
    """Offered after the built-in tools: MCP servers' tools (started and stopped by the caller)."""


def load_backend(options: ChatOptions, store: BaseCheckpointSaver) -> ChatBackend:
    """Loads the model and builds the backend (slow: call it in a worker)."""
    from loopwright.models import load, make_engine

    local = load(options.model, dtype=options.dtype)
    return build_backend(local, make_engine(local, kind="ours"), options, store)


def build_backend(local: "LocalModel", engine: "Engine", options: ChatOptions, store: BaseCheckpointSaver) -> ChatBackend:
    """The agent graph over an already loaded model and engine."""
    from loopwright.agent import AgentConfig, LoopwrightChat, SandboxManager, build_graph
    from loopwright.agent.tracing import TracingConfig, setup_tracing
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
    monitor = SandboxMonitor(options.sandbox)
    sandboxes = SandboxManager(options.sandbox, pool_size=CHAT_POOL_SIZE,
                               on_state=monitor.on_sandbox_event,
                               keep_workspaces=options.keep_workspaces)
    warm_pool(sandboxes)
    config = AgentConfig(approval="ask", max_turns=options.max_turns)
    graph = build_graph(chat_model, [*builtin_tools(), *options.extra_tools], sandboxes, config, store)
    feedback = None
    if options.trace_dir is not None:
        from loopwright.tui.feedback import FeedbackStore, correction_tokenizer

        eos = getattr(local, "eos_token_ids", [local.tokenizer.eos_token_id])
        feedback = FeedbackStore(options.trace_dir, correction_tokenizer(local.tokenizer, eos))
    return ChatBackend(graph, store, local.name, monitor, sandboxes, traced=True, feedback=feedback)


def warm_pool(sandboxes: "SandboxManager") -> None:
    """Start the chat's pooled container while the screen comes up.

    Without an engine (or image) this fails here quietly: the session's first tool call
    meets the same error, shown in the chat with the status bar's sandbox marked failed.
    """
    from loopwright.envs.sandbox.base import SandboxError

    try:
        sandboxes.warm()
    except SandboxError as exc:
        log.info("sandbox pool not started: %s", exc)

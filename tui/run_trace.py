"""The OpenTelemetry root span of one chat run, so each user message is a trace like a headless run."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from loopwright.tui.events import RunEnded


@dataclass(slots=True)
class RunTrace:
    trace_id: str | None
    root: Any = None
    """The `invoke_agent` span, or None when tracing is off."""
    callbacks: list = field(default_factory=list)
    """LangChain callbacks for the run's graph invocations: the chat-span recorder when traced."""

    def record(self, ended: RunEnded, turns: int) -> None:
        """Stores the run's outcome on the root span (no reward: chat rewards come later)."""
        if self.root is None:
            return
        from loopwright.agent.tracing import record_run_outcome

        record_run_outcome(self.root, ended.finish_reason or "stop", turns, None, ended.answer)


@contextmanager
def traced_run(session_id: str, enabled: bool) -> Iterator[RunTrace]:
    """Wraps a run in an `invoke_agent` span and flushes the JSONL file after it."""
    if not enabled:
        yield RunTrace(None)
        return
    from loopwright.agent.tracing import current_trace_id, end_of_run, invoke_agent_span
    from loopwright.agent.tracing.langchain_callback import ChatSpanCallback

    try:
        with invoke_agent_span("loopwright-chat", session_id) as root:
            yield RunTrace(current_trace_id(), root, [ChatSpanCallback()])
    finally:
        end_of_run()

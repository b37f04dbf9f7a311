"""The agent's calls into tracing (`loopwright.agent.tracing`), in one place."""

from contextlib import AbstractContextManager, nullcontext
from typing import Any


def _tracing() -> Any | None:
    try:
        from loopwright.agent import tracing
    except ModuleNotFoundError as exc:
        if exc.name != "loopwright.agent.tracing":
            raise
        return None
    return tracing


def tool_span(name: str, call_id: str, arguments: dict) -> AbstractContextManager:
    """`execute_tool <name>` span around one tool call."""
    tracing = _tracing()
    return nullcontext() if tracing is None else tracing.execute_tool_span(name, call_id, arguments)


def tool_result(span: Any, output: str, exit_code: int | None, is_error: bool) -> None:
    tracing = _tracing()
    if tracing is not None and span is not None:
        tracing.record_tool_result(span, output, exit_code, is_error)

"""LangGraph stream chunks and state messages, as the events the chat screen draws.

Used live (a run's `graph.stream`) and to replay a resumed session's messages.
"""

import re
from collections.abc import Iterator
from typing import Any

from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    BaseMessage,
    HumanMessage,
    ToolMessage,
)

from loopwright.tui.events import (
    AssistantReply,
    ReplyTurn,
    RunEvent,
    TokenDelta,
    ToolCallFinished,
    ToolCallStarted,
    TurnCountChanged,
    UserText,
)

TOOL_CALL_BLOCK = re.compile(r"<tool_call>.*?(?:</tool_call>|$)", re.DOTALL)
"""A tool call as the tool_call action format writes it (an unclosed one runs to the end)."""


def message_events(message: BaseMessage) -> Iterator[RunEvent]:
    """The events one state message stands for (used live and to replay a session)."""
    if isinstance(message, HumanMessage):
        yield UserText(message.text)
    elif isinstance(message, AIMessage):
        yield _assistant_reply(message)
        for call in message.tool_calls:
            yield ToolCallStarted(call.get("id") or "", call["name"], dict(call.get("args") or {}))
    elif isinstance(message, ToolMessage):
        artifact = message.artifact if isinstance(message.artifact, dict) else {}
        yield ToolCallFinished(
            call_id=message.tool_call_id,
            output=message.text,
            exit_code=artifact.get("exit_code"),
            duration_s=float(artifact.get("duration_s") or 0.0),
            is_error=bool(artifact.get("is_error", message.status == "error")),
            truncated=bool(artifact.get("truncated", False)),
        )


def display_text(message: AIMessage) -> str:
    """The reply as a person should read it: Hermes `<tool_call>` blocks become tool panels."""
    if not message.tool_calls and not message.invalid_tool_calls:
        return message.text
    return TOOL_CALL_BLOCK.sub("", message.text).strip()


def _assistant_reply(message: AIMessage) -> AssistantReply:
    meta = message.response_metadata or {}
    prompt_ids = meta.get("prompt_token_ids") or []
    completion_ids = meta.get("completion_token_ids") or []
    timings = meta.get("timings") or {}
    decode_s = timings.get("decode") or timings.get("total")
    turn = None
    if completion_ids and message.id:
        turn = ReplyTurn(message.id, tuple(prompt_ids), tuple(completion_ids), message.text)
    return AssistantReply(
        text=display_text(message),
        context_tokens=len(prompt_ids) + len(completion_ids) if completion_ids else None,
        tokens_per_s=len(completion_ids) / decode_s if decode_s and completion_ids else None,
        turn=turn,
        has_tool_calls=bool(message.tool_calls or message.invalid_tool_calls),
    )


def chunk_events(mode: str, chunk: Any) -> Iterator[RunEvent]:
    """Events for one `graph.stream(stream_mode=["messages", "updates"])` item."""
    if mode == "messages":
        message, _metadata = chunk
        if isinstance(message, AIMessageChunk) and message.text:
            yield TokenDelta(message.text)
        return
    for node, update in chunk.items():
        if node.startswith("__") or not isinstance(update, dict):
            continue
        messages = update.get("messages") or []
        for message in messages if isinstance(messages, list) else [messages]:
            if not isinstance(message, HumanMessage):
                yield from message_events(message)
        if isinstance(update.get("turns"), int):
            yield TurnCountChanged(update["turns"])

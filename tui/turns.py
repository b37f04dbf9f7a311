"""One agent turn: stream the graph, translate its chunks into events, stop on request.

Cancelling must stop generation within a token: the graph runs its model node in its own
thread, so breaking out of `graph.stream` alone would wait for the node to finish. A
callback raises `TurnCancelled` from the model's token hook instead; that unwinds the chat
model's stream, which closes the engine's stream iterator, which aborts the request.
"""

import logging
import re
from collections.abc import Callable, Iterator
from typing import Any

from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    BaseMessage,
    HumanMessage,
    ToolMessage,
)
from langgraph.types import Command
from loopwright.envs.sandbox.base import SandboxError
from loopwright.tui.events import (
    ApprovalRequest,
    AssistantReply,
    StepChanged,
    TokenDelta,
    ToolCallFinished,
    ToolCallStarted,
    TraceStarted,
    TurnEnded,
    TurnEvent,
    TurnFailed,
    UserText,
)
from loopwright.tui.turn_trace import traced_turn

TOOL_CALL_BLOCK = re.compile(r"<tool_call>.*?(?:</tool_call>|$)", re.DOTALL)
"""A tool call as the tool_call action format writes it (an unclosed one runs to the end)."""

Emit = Callable[[TurnEvent], None]
ShouldStop = Callable[[], bool]
AskApprovals = Callable[[list[ApprovalRequest]], dict[str, dict] | None]
"""Blocks until every request is decided (interrupt id -> resume payload); None if the
turn was cancelled meanwhile; raises TurnAbandoned if the app is quitting."""

CANCELLED_DENIAL = {"action": "deny", "args": None, "reason": "the user cancelled the turn"}


class TurnAbandoned(Exception):
    """Raised by `ask` when the app quits at an approval: the run stays paused for a resume."""


class TurnCancelled(RuntimeError):
    """The person cancelled the turn (a RuntimeError so LangGraph's default retry skips it)."""


class _HideCancellationWarnings(logging.Filter):
    """LangChain logs every exception a callback raises; a cancellation is not a fault."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "TurnCancelled" not in record.getMessage()


_HIDE_CANCELLATION = _HideCancellationWarnings()


class StopAtNextToken(BaseCallbackHandler):
    """Raises `TurnCancelled` inside the model node at its next token once a stop is asked."""

    raise_error = True
    run_inline = True

    def __init__(self, should_stop: ShouldStop) -> None:
        self._should_stop = should_stop
        logging.getLogger("langchain_core.callbacks.manager").addFilter(_HIDE_CANCELLATION)

    def _check(self) -> None:
        if self._should_stop():
            raise TurnCancelled("turn cancelled")

    def on_llm_new_token(self, token: str, **kwargs: Any) -> None:
        self._check()

    def on_chat_model_start(self, serialized: dict, messages: list, **kwargs: Any) -> None:
        self._check()

    def on_tool_start(self, serialized: dict, input_str: str, **kwargs: Any) -> None:
        self._check()


def session_config(session_id: str) -> dict:
    """The LangGraph config naming a chat session's checkpoint thread."""
    return {"configurable": {"thread_id": session_id}}


def user_turn_input(text: str) -> dict:
    """Graph input for a new message; resets the per-run fields left by the previous turn.

    A chat session is one checkpoint thread holding many runs, and the graph routes on
    `finish_reason` and counts `steps` against its budget, so both start afresh.
    """
    return {"messages": [HumanMessage(text)], "steps": 0, "finish_reason": None, "answer": None}


def message_events(message: BaseMessage) -> Iterator[TurnEvent]:
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
    return AssistantReply(
        text=display_text(message),
        context_tokens=len(prompt_ids) + len(completion_ids) if completion_ids else None,
        tokens_per_s=len(completion_ids) / decode_s if decode_s and completion_ids else None,
    )


def chunk_events(mode: str, chunk: Any) -> Iterator[TurnEvent]:
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
        if isinstance(update.get("steps"), int):
            yield StepChanged(update["steps"])


def pending_approvals(graph: Any, session_id: str) -> list[ApprovalRequest]:
    """Approval interrupts the session is paused on (after a turn, or when resuming)."""
    state = graph.get_state(session_config(session_id))
    return [
        ApprovalRequest(interrupt.id, dict(interrupt.value["tool_call"]))
        for interrupt in state.interrupts
        if isinstance(interrupt.value, dict) and interrupt.value.get("type") == "approval"
    ]


def describe_error(exc: BaseException) -> str:
    """A one-line message a person can act on."""
    if isinstance(exc, SandboxError):
        return f"Sandbox failed: {exc}. The next message starts a fresh sandbox."
    return f"The turn failed ({type(exc).__name__}): {exc}"


def run_turn(
    graph: Any,
    session_id: str,
    turn_input: Any,
    emit: Emit,
    should_stop: ShouldStop,
    ask: AskApprovals,
    *,
    traced: bool = False,
    on_error: Callable[[Exception], None] = lambda exc: None,
) -> None:
    """Runs one user turn to its end, approvals included, as one trace; emits events.

    `turn_input` None continues a session paused on approvals. Each pause asks the person
    (blocking this worker thread) and resumes the graph with their decisions. Never
    raises: a failure becomes `TurnFailed` (after `on_error` got the exception).
    """
    try:
        with traced_turn(session_id, enabled=traced) as trace:
            if trace.trace_id:
                emit(TraceStarted(trace.trace_id))
            cancelled = _run_until_done(graph, session_id, turn_input, emit, should_stop, ask)
            values = graph.get_state(session_config(session_id)).values
            ended = TurnEnded(
                answer=values.get("answer"),
                finish_reason="cancelled" if cancelled else values.get("finish_reason"),
                cancelled=cancelled,
            )
            trace.record(ended, steps=int(values.get("steps") or 0))
        emit(ended)
    except TurnAbandoned:
        return
    except Exception as exc:
        on_error(exc)
        emit(TurnFailed(describe_error(exc)))


def _run_until_done(
    graph: Any, session_id: str, turn_input: Any, emit: Emit, should_stop: ShouldStop, ask: AskApprovals
) -> bool:
    """Streams, then answers approval pauses until the graph ends; returns whether cancelled."""
    cancelled = False
    next_input = turn_input
    while True:
        if next_input is not None:
            cancelled = _stream(graph, session_id, next_input, emit, should_stop)
        requests = [] if cancelled else pending_approvals(graph, session_id)
        if not requests:
            return cancelled
        decisions = ask(requests)
        if decisions is None:  # cancelled while asking: deny, so the checkpoint is left whole
            decisions = {r.interrupt_id: CANCELLED_DENIAL for r in requests}
        resume = next(iter(decisions.values())) if len(decisions) == 1 else decisions
        next_input = Command(resume=resume)


def _stream(graph: Any, session_id: str, turn_input: Any, emit: Emit, should_stop: ShouldStop) -> bool:
    """Streams one graph run into `emit`; returns whether it was cancelled.

    After a stop the stream is still drained rather than closed: the model node raises at
    its next token, while a tool already running finishes, so the checkpoint stays whole.
    """
    config = {**session_config(session_id), "callbacks": [StopAtNextToken(should_stop)]}
    try:
        for mode, chunk in graph.stream(turn_input, config, stream_mode=["messages", "updates"]):
            if not should_stop():
                for event in chunk_events(mode, chunk):
                    emit(event)
    except TurnCancelled:
        return True
    return should_stop()

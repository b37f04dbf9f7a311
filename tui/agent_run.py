"""One agent run per user message: stream the graph, answer its approval pauses, stop on request.

Cancelling must stop generation within a token: the graph runs its model node in its own
thread, so breaking out of `graph.stream` alone would wait for the node to finish. A
callback raises `RunCancelled` from the model's token hook instead; that unwinds the chat
model's stream, which closes the engine's stream iterator, which aborts the request.
"""

import logging
from collections.abc import Callable
from typing import Any

from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.messages import (
    HumanMessage,
)
from langgraph.types import Command

from loopwright.envs.sandbox.base import SandboxError
from loopwright.tui.events import (
    ApprovalRequest,
    RunEnded,
    RunEvent,
    RunFailed,
    TraceStarted,
)
from loopwright.tui.run_trace import traced_run
from loopwright.tui.translate import chunk_events

Emit = Callable[[RunEvent], None]
ShouldStop = Callable[[], bool]
AskApprovals = Callable[[list[ApprovalRequest]], dict[str, dict] | None]
"""Blocks until every request is decided (interrupt id -> resume payload); None if the
run was cancelled meanwhile; raises RunAbandoned if the app is quitting."""

CANCELLED_DENIAL = {"action": "deny", "args": None, "reason": "the user cancelled the run"}


class RunAbandoned(Exception):
    """Raised by `ask` when the app quits at an approval: the run stays paused for a resume."""


class RunCancelled(RuntimeError):
    """The person cancelled the run (a RuntimeError so LangGraph's default retry skips it)."""


class _HideCancellationWarnings(logging.Filter):
    """LangChain logs every exception a callback raises; a cancellation is not a fault."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "RunCancelled" not in record.getMessage()


_HIDE_CANCELLATION = _HideCancellationWarnings()


class StopAtNextToken(BaseCallbackHandler):
    """Raises `RunCancelled` inside the model node at its next token once a stop is asked."""

    raise_error = True
    run_inline = True

    def __init__(self, should_stop: ShouldStop) -> None:
        self._should_stop = should_stop
        logging.getLogger("langchain_core.callbacks.manager").addFilter(_HIDE_CANCELLATION)

    def _check(self) -> None:
        if self._should_stop():
            raise RunCancelled("run cancelled")

    def on_llm_new_token(self, token: str, **kwargs: Any) -> None:
        self._check()

    def on_chat_model_start(self, serialized: dict, messages: list, **kwargs: Any) -> None:
        self._check()

    def on_tool_start(self, serialized: dict, input_str: str, **kwargs: Any) -> None:
        self._check()


def session_config(session_id: str) -> dict:
    """The LangGraph config naming a chat session's checkpoint thread."""
    return {"configurable": {"thread_id": session_id}}


def new_run_input(text: str) -> dict:
    """Graph input for a new message; resets the per-run fields left by the previous run.

    A chat session is one checkpoint thread holding many runs, and the graph routes on
    `finish_reason` and counts `turns` against its budget, so both start afresh.
    """
    return {"messages": [HumanMessage(text)], "turns": 0, "finish_reason": None, "answer": None}


def pending_approvals(graph: Any, session_id: str) -> list[ApprovalRequest]:
    """Approval interrupts the session is paused on (after a run, or when resuming)."""
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
    return f"The run failed ({type(exc).__name__}): {exc}"


def run_agent(
    graph: Any,
    session_id: str,
    run_input: Any,
    emit: Emit,
    should_stop: ShouldStop,
    ask: AskApprovals,
    *,
    traced: bool = False,
    on_error: Callable[[Exception], None] = lambda exc: None,
) -> None:
    """Runs the agent on one user message to its end, approvals included, as one trace; emits events.

    `run_input` None continues a session paused on approvals. Each pause asks the person
    (blocking this worker thread) and resumes the graph with their decisions. Never
    raises: a failure becomes `RunFailed` (after `on_error` got the exception).
    """
    try:
        with traced_run(session_id, enabled=traced) as trace:
            if trace.trace_id:
                emit(TraceStarted(trace.trace_id))
            cancelled = _run_until_done(graph, session_id, run_input, emit, should_stop, ask, trace.callbacks)
            values = graph.get_state(session_config(session_id)).values
            ended = RunEnded(
                answer=values.get("answer"),
                finish_reason="cancelled" if cancelled else values.get("finish_reason"),
                cancelled=cancelled,
            )
            trace.record(ended, turns=int(values.get("turns") or 0))
        emit(ended)
    except RunAbandoned:
        return
    except Exception as exc:
        on_error(exc)
        emit(RunFailed(describe_error(exc)))


def _run_until_done(
    graph: Any, session_id: str, run_input: Any, emit: Emit, should_stop: ShouldStop, ask: AskApprovals,
    callbacks: list,
) -> bool:
    """Streams, then answers approval pauses until the graph ends; returns whether cancelled."""
    cancelled = False
    next_input = run_input
    while True:
        if next_input is not None:
            cancelled = _stream(graph, session_id, next_input, emit, should_stop, callbacks)
        requests = [] if cancelled else pending_approvals(graph, session_id)
        if not requests:
            return cancelled
        decisions = ask(requests)
        if decisions is None:  # cancelled while asking: deny, so the checkpoint is left whole
            decisions = {r.interrupt_id: CANCELLED_DENIAL for r in requests}
        resume = next(iter(decisions.values())) if len(decisions) == 1 else decisions
        next_input = Command(resume=resume)


def _stream(
    graph: Any, session_id: str, run_input: Any, emit: Emit, should_stop: ShouldStop, callbacks: list
) -> bool:
    """Streams one graph invocation into `emit`; returns whether it was cancelled.

    `callbacks` (the run trace's) ride along with the stop check into the model call, after
    it: a run stopped as the model starts then opens no chat span it would never end.

    After a stop the stream is still drained rather than closed: the model node raises at
    its next token, while a tool already running finishes, so the checkpoint stays whole.
    """
    config = {**session_config(session_id), "callbacks": [StopAtNextToken(should_stop), *callbacks]}
    try:
        for mode, chunk in graph.stream(run_input, config, stream_mode=["messages", "updates"]):
            if not should_stop():
                for event in chunk_events(mode, chunk):
                    emit(event)
    except RunCancelled:
        return True
    return should_stop()

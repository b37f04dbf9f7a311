"""ChatSpanCallback: the `chat {model}` span of each LangChain chat-model call.

The chat model knows nothing of tracing (`models/` may not import `agent/`): it reports
its name (`ls_model_name`) and sampling (`invocation_params["sampling"]`) when a call
starts, and its token ids in the reply's `response_metadata`. This handler, passed as
`config={"callbacks": [ChatSpanCallback()]}` to a traced graph run, turns those into the
span. LangChain calls a sync handler in the model call's own thread and context, and
LangGraph copies contextvars into its node threads, so the span's parent is whatever span
is current there: the run's `invoke_agent` span.
"""

from collections.abc import Sequence
from typing import Any
from uuid import UUID

from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.messages import BaseMessage
from langchain_core.outputs import LLMResult
from opentelemetry.trace import Span, Status, StatusCode

from loopwright.agent.tracing.spans import record_chat_output, start_chat_span

UNKNOWN_MODEL = "unknown"
"""Span name suffix for a chat model that does not report `ls_model_name`."""


class ChatSpanCallback(BaseCallbackHandler):
    """Opens a chat span on `on_chat_model_start`, fills and ends it on `on_llm_end`/`on_llm_error`.

    One instance may serve concurrent calls: spans are keyed by the call's run id.
    """

    run_inline = True
    """Async runs too: called in the model call's own context, so the parent span is right."""

    def __init__(self) -> None:
        self._spans: dict[UUID, Span] = {}

    def on_chat_model_start(
        self,
        serialized: dict[str, Any],
        messages: list[list[BaseMessage]],
        *,
        run_id: UUID,
        metadata: dict[str, Any] | None = None,
        invocation_params: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        model_name = (metadata or {}).get("ls_model_name") or UNKNOWN_MODEL
        request = (invocation_params or {}).get("sampling") or {}
        self._spans[run_id] = start_chat_span(model_name, request)

    def on_llm_end(self, response: LLMResult, *, run_id: UUID, **kwargs: Any) -> None:
        """Records the reply's token ids (when the model reports them) and ends the span."""
        span = self._spans.pop(run_id, None)
        if span is None:
            return
        try:
            _record_reply(span, response.generations)
        finally:
            span.end()

    def on_llm_error(self, error: BaseException, *, run_id: UUID, **kwargs: Any) -> None:
        """Ends the span as an error, as `start_as_current_span` does for an exception.

        Like OTel, only an `Exception` counts as an error: a `GeneratorExit` from a consumer
        that stopped reading the stream just ends the span.
        """
        span = self._spans.pop(run_id, None)
        if span is None:
            return
        if isinstance(error, Exception):
            span.record_exception(error)
            span.set_status(Status(StatusCode.ERROR, f"{type(error).__name__}: {error}"))
        span.end()


def _record_reply(span: Span, generations: Sequence[Sequence[Any]]) -> None:
    message = getattr(generations[0][0], "message", None) if generations and generations[0] else None
    meta = getattr(message, "response_metadata", None) or {}
    if "completion_token_ids" not in meta:  # not our engine: no token-level data to keep
        return
    text = message.content if isinstance(message.content, str) else message.text
    record_chat_output(
        span,
        meta["prompt_token_ids"],
        meta["completion_token_ids"],
        meta["logprobs"],
        text,
        meta["finish_reason"],
        meta.get("timings"),
    )

"""Span helpers: one per GenAI operation of a run, and recorders for their outcomes.

`invoke_agent` is the root of a run's trace; `chat` (one model call, with the exact token ids
and logprobs the engine produced) and `execute_tool` (one tool call and its observation) are
its children. Run-level ids (task, group, conversation) ride in a ContextVar so every span of
the run carries them: a run killed before its root span ends still yields usable turns.
"""

import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.trace import Span, SpanKind, Status, StatusCode, format_trace_id

from loopwright.agent.tracing import attributes as A
from loopwright.agent.tracing.provider import get_tracer

if TYPE_CHECKING:  # only annotations: importing loopwright.models would load torch (seconds)
    from loopwright.models.sampling import Completion, SamplingParams

_run_attributes: ContextVar[tuple[tuple[str, str], ...]] = ContextVar(
    "loopwright_run_attributes", default=()
)


@contextmanager
def invoke_agent_span(
    agent_name: str,
    conversation_id: str,
    task_id: str | None = None,
    group_id: str | None = None,
) -> Iterator[Span]:
    """The root span of one run; always starts a new trace (one trace = one trajectory)."""
    run_attrs = {A.CONVERSATION_ID: conversation_id}
    if task_id is not None:
        run_attrs[A.TASK_ID] = task_id
    if group_id is not None:
        run_attrs[A.GROUP_ID] = group_id
    attrs = {
        A.OPERATION_NAME: A.OP_INVOKE_AGENT,
        A.PROVIDER_NAME: A.PROVIDER,
        A.AGENT_NAME: agent_name,
        **run_attrs,
    }
    token = _run_attributes.set(tuple(run_attrs.items()))
    try:
        with get_tracer().start_as_current_span(
            f"{A.OP_INVOKE_AGENT} {agent_name}",
            context=otel_context.Context(),  # empty context: no parent, a fresh trace id
            kind=SpanKind.INTERNAL,
            attributes=attrs,
        ) as span:
            yield span
    finally:
        _run_attributes.reset(token)


REQUEST_FIELDS = ("temperature", "top_p", "top_k", "max_new_tokens", "seed", "stop", "n")
"""The SamplingParams fields a chat span records as `gen_ai.request.*` attributes."""


@contextmanager
def chat_span(model_name: str, params: "SamplingParams", parent: Span | None = None) -> Iterator[Span]:
    """One model call. `parent` is for callers whose thread lost the OTel context."""
    request = {name: getattr(params, name) for name in REQUEST_FIELDS}
    with _child_span(f"{A.OP_CHAT} {model_name}", _chat_attributes(model_name, request), parent) as span:
        yield span


def start_chat_span(model_name: str, request: Mapping[str, Any]) -> Span:
    """A chat span under the current context, not made current; the caller ends it.

    For callers that see a model call's start and end as separate events (a LangChain
    callback handler). `request` holds SamplingParams fields by name (see REQUEST_FIELDS);
    missing ones are left out of the span.
    """
    return get_tracer().start_span(
        f"{A.OP_CHAT} {model_name}", kind=SpanKind.INTERNAL, attributes=_chat_attributes(model_name, request)
    )


def _chat_attributes(model_name: str, request: Mapping[str, Any]) -> dict:
    attrs: dict = {
        A.OPERATION_NAME: A.OP_CHAT,
        A.PROVIDER_NAME: A.PROVIDER,
        A.REQUEST_MODEL: model_name,
        **dict(_run_attributes.get()),
    }
    if request.get("temperature") is not None:
        attrs[A.REQUEST_TEMPERATURE] = float(request["temperature"])
    if request.get("top_p") is not None:
        attrs[A.REQUEST_TOP_P] = float(request["top_p"])
    if request.get("max_new_tokens") is not None:
        attrs[A.REQUEST_MAX_TOKENS] = int(request["max_new_tokens"])
    if request.get("top_k"):
        attrs[A.REQUEST_TOP_K] = int(request["top_k"])
    if request.get("seed") is not None:
        attrs[A.REQUEST_SEED] = int(request["seed"])
    if request.get("stop"):
        attrs[A.REQUEST_STOP_SEQUENCES] = list(request["stop"])
    if request.get("n", 1) > 1:
        attrs[A.REQUEST_CHOICE_COUNT] = int(request["n"])
    return attrs


def record_completion(
    span: Span,
    prompt_token_ids: Sequence[int],
    completion: "Completion",
    timings: dict[str, float] | None = None,
) -> None:
    """Stores what the engine saw and produced, token for token, plus usage and timings."""
    record_chat_output(
        span, prompt_token_ids, completion.token_ids, completion.logprobs,
        completion.text, completion.finish_reason, timings,
    )


def record_chat_output(
    span: Span,
    prompt_token_ids: Sequence[int],
    completion_token_ids: Sequence[int],
    logprobs: Sequence[float],
    text: str,
    finish_reason: str,
    timings: Mapping[str, float] | None = None,
) -> None:
    """`record_completion` from plain values (a reply's response_metadata, say)."""
    completion_ids = list(map(int, completion_token_ids))  # numpy/torch ints would become strings
    attrs: dict = {
        A.USAGE_INPUT_TOKENS: len(prompt_token_ids),
        A.USAGE_OUTPUT_TOKENS: len(completion_ids),
        A.RESPONSE_FINISH_REASONS: [finish_reason],
        A.PROMPT_TOKEN_IDS: list(map(int, prompt_token_ids)),
        A.COMPLETION_TOKEN_IDS: completion_ids,
        A.LOGPROBS: list(map(float, logprobs)),
        A.OUTPUT_MESSAGES: json.dumps(
            [
                {
                    "role": "assistant",
                    "parts": [{"type": "text", "content": text}],
                    "finish_reason": finish_reason,
                }
            ]
        ),
    }
    for name, seconds in (timings or {}).items():
        attrs[f"{A.TIMING_PREFIX}{name}_s"] = float(seconds)
    span.set_attributes(attrs)


@contextmanager
def execute_tool_span(
    tool_name: str, call_id: str, arguments: dict, parent: Span | None = None
) -> Iterator[Span]:
    """One tool call; its arguments are kept as JSON (`gen_ai.tool.call.arguments`)."""
    attrs = {
        A.OPERATION_NAME: A.OP_EXECUTE_TOOL,
        A.TOOL_NAME: tool_name,
        A.TOOL_TYPE: "function",
        A.TOOL_CALL_ID: call_id,
        A.TOOL_CALL_ARGUMENTS: json.dumps(arguments, default=str),
        **dict(_run_attributes.get()),
    }
    with _child_span(f"{A.OP_EXECUTE_TOOL} {tool_name}", attrs, parent) as span:
        yield span


def record_tool_result(span: Span, output: str, exit_code: int | None, is_error: bool) -> None:
    """The observation the model will see; a failed tool marks the span as an error."""
    span.set_attribute(A.TOOL_CALL_RESULT, output)
    if exit_code is not None:
        span.set_attribute(A.EXIT_CODE, int(exit_code))
    if is_error:
        span.set_attribute(A.ERROR_TYPE, "tool_error")
        span.set_status(Status(StatusCode.ERROR, output[:200]))


def record_run_outcome(
    root: Span, finish_reason: str, turns: int, reward: float | None, answer: str | None
) -> None:
    """How the run ended; the reader takes task, group and reward of a trajectory from here."""
    root.set_attribute(A.FINISH_REASON, finish_reason)
    root.set_attribute(A.TURNS, int(turns))
    if reward is not None:
        root.set_attribute(A.REWARD, float(reward))
    if answer is not None:
        root.set_attribute(A.ANSWER, answer)
    if finish_reason == "error":
        root.set_status(Status(StatusCode.ERROR, answer or "run failed"))


def current_trace_id() -> str:
    """32 hex chars of the active trace; raises RuntimeError outside a recording span."""
    ctx = trace.get_current_span().get_span_context()
    if not ctx.is_valid:
        raise RuntimeError(
            "no active trace: call current_trace_id() inside invoke_agent_span(), "
            "after setup_tracing()"
        )
    return format_trace_id(ctx.trace_id)


@contextmanager
def _child_span(name: str, attrs: dict, parent: Span | None) -> Iterator[Span]:
    ctx = trace.set_span_in_context(parent) if parent is not None else None
    with get_tracer().start_as_current_span(
        name, context=ctx, kind=SpanKind.INTERNAL, attributes=attrs
    ) as span:
        yield span

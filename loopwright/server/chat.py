"""`POST /v1/chat/completions`: messages through the model's chat template, tool calls back out.

The prompt is rendered by `LocalModel.chat_template_ids` (tools as the template or a Hermes
system block shows them; an assistant's `tool_calls` as `<tool_call>` text), so an external
agent's prompts are token for token what our own agent would send. Unstreamed, `n > 1`
samples are forked from one prefill (`generate`); otherwise each sample is an engine stream
seeded seed + i, which draws the same samples as the forks, and can be aborted.
"""

import dataclasses
from collections.abc import AsyncIterator
from typing import Any

from fastapi.responses import JSONResponse, Response, StreamingResponse
from starlette.requests import Request as HTTPRequest

from loopwright.models.sampling import Completion, SamplingParams
from loopwright.server.decoding import TopLogprobs, chat_constraint, sampling_params, tool_choice
from loopwright.server.errors import APIError
from loopwright.server.responses import (
    DONE_EVENT,
    TokenText,
    ToolTextHoldback,
    finish_reason,
    new_id,
    now_s,
    sse,
    tool_calls_message,
    usage,
)
from loopwright.server.runs import (
    CLIENT_CLOSED_REQUEST,
    append_delta,
    stream_samples,
    whole_answers,
)
from loopwright.server.schemas import ChatCompletionRequest
from loopwright.server.served import ServedModel


@dataclasses.dataclass(slots=True)
class ChatCall:
    """One request made ready for the engine."""

    request: ChatCompletionRequest
    prompt_ids: list[int]
    params: SamplingParams
    with_tools: bool
    """Tools are shown and their calls parsed (tool_choice is not 'none')."""
    top: TopLogprobs | None
    session: str | None


def prepare(request: ChatCompletionRequest, served: ServedModel, session: str | None) -> ChatCall:
    """Prompt ids, sampling and constraint of a request; every user error is a 400 here."""
    tools, _, _ = tool_choice(request)
    try:
        prompt_ids = served.local.chat_template_ids([m.template_dict() for m in request.messages],
                                                    tools=tools or None)
    except Exception as exc:  # the template's own complaint (e.g. roles out of order)
        raise APIError(f"the chat template cannot render these messages: {exc}", param="messages") from exc
    params = sampling_params(request, served, len(prompt_ids))
    processor = chat_constraint(request, served.local, params.max_new_tokens)
    top = None
    if request.logprobs and request.top_logprobs:
        top = processor = TopLogprobs(request.top_logprobs, params.temperature, processor)
    params = dataclasses.replace(params, n=request.n, logits_processor=processor)
    return ChatCall(request, prompt_ids, params, bool(tools), top, session)


async def chat_completions(request: ChatCompletionRequest, served: ServedModel, http: HTTPRequest,
                           session: str | None) -> Response:
    call = prepare(request, served, session)
    streams = [served.engine.stream(call.prompt_ids, p) for p in sample_params(call.params)] if (
        request.stream or request.n == 1) else []  # made here: a request the engine refuses is a 400
    if request.stream:
        return StreamingResponse(stream_events(call, served, streams), media_type="text/event-stream")
    results = await whole_answers(served, http, [(call.prompt_ids, call.params)], streams)
    if results is None:
        return Response(status_code=CLIENT_CLOSED_REQUEST)
    completions, timings = results[0].completions, results[0].timings
    if served.tracer is not None:
        served.tracer.record(session, served.name, call.params, call.prompt_ids, completions, timings)
    return JSONResponse(response_body(call, served, completions))


def sample_params(params: SamplingParams) -> list[SamplingParams]:
    """One n=1 stream per sample, sample i seeded seed + i as the engine seeds its forks."""
    return [dataclasses.replace(params, n=1, seed=None if params.seed is None else params.seed + i)
            for i in range(params.n)]


def response_body(call: ChatCall, served: ServedModel, completions: list[Completion]) -> dict[str, Any]:
    texts = TokenText(served.local.tokenizer)
    choices = []
    for index, c in enumerate(completions):
        content, calls = (tool_calls_message(c.text) if call.with_tools
                          else (c.text, []))
        message: dict[str, Any] = {"role": "assistant", "content": content}
        if calls:
            message["tool_calls"] = calls
        choice: dict[str, Any] = {"index": index, "message": message, "logprobs": None,
                                  "finish_reason": "tool_calls" if calls else finish_reason(c.finish_reason)}
        if call.request.logprobs:
            tops = call.top.of(c.token_ids) if call.top else [None] * len(c.token_ids)
            choice["logprobs"] = {"content": [texts.chat_entry(t, lp, top) for t, lp, top in
                                              zip(c.token_ids, c.logprobs, tops, strict=True)]}
        if call.request.return_token_ids:
            choice["token_ids"] = list(c.token_ids)
        choices.append(choice)
    body: dict[str, Any] = {
        "id": new_id("chatcmpl"), "object": "chat.completion", "created": now_s(), "model": served.name,
        "choices": choices, "usage": usage(len(call.prompt_ids), sum(len(c.token_ids) for c in completions)),
        "system_fingerprint": None,
    }
    if call.request.return_token_ids:
        body["prompt_token_ids"] = list(call.prompt_ids)
    return body


async def stream_events(call: ChatCall, served: ServedModel, streams: list) -> AsyncIterator[str]:
    """SSE chunks: a role chunk per choice, one per token, a finish chunk per choice, usage, [DONE]."""
    request, texts = call.request, TokenText(served.local.tokenizer)
    head = {"id": new_id("chatcmpl"), "object": "chat.completion.chunk", "created": now_s(), "model": served.name}
    samples = [Completion([], "", [], "abort") for _ in streams]
    held = [ToolTextHoldback() for _ in streams]
    served.counters.started(len(call.prompt_ids))
    try:
        for index in range(len(streams)):
            first = {**head, "choices": [{"index": index, "delta": {"role": "assistant", "content": ""},
                                          "logprobs": None, "finish_reason": None}]}
            if request.return_token_ids and index == 0:
                first["prompt_token_ids"] = list(call.prompt_ids)
            yield sse(first)
        async for index, delta in stream_samples(streams):
            sample = samples[index]
            top = call.top.steps.get((len(sample.token_ids), hash(tuple(sample.token_ids)))) if call.top else None
            append_delta(sample, delta)
            served.counters.generated(1)
            content = held[index].push(delta.text) if call.with_tools else delta.text
            choice: dict[str, Any] = {"index": index, "delta": {"content": content} if content else {},
                                      "logprobs": None, "finish_reason": None}
            if request.logprobs:
                choice["logprobs"] = {"content": [texts.chat_entry(delta.token_id, delta.logprob, top)]}
            if request.return_token_ids:
                choice["token_ids"] = [delta.token_id]
            if content or request.logprobs or request.return_token_ids:
                yield sse({**head, "choices": [choice]})
            if delta.finish_reason is not None:
                yield sse({**head, "choices": [finish_choice(call, index, sample, held[index])]})
        if request.include_usage:
            yield sse({**head, "choices": [], "usage": usage(len(call.prompt_ids),
                                                             sum(len(s.token_ids) for s in samples))})
        yield DONE_EVENT
    except Exception as exc:  # the headers are sent: the error goes in the stream
        yield sse(APIError(f"generation failed: {exc}", status=500, type="server_error").body())
    finally:
        served.counters.finished()
        if served.tracer is not None:
            served.tracer.record(call.session, served.name, call.params, call.prompt_ids, samples, {})


def finish_choice(call: ChatCall, index: int, sample: Completion, held: ToolTextHoldback) -> dict[str, Any]:
    """The last chunk of a choice: its tool calls (parsed from the whole text) or held-back text."""
    delta: dict[str, Any] = {}
    reason = finish_reason(sample.finish_reason)
    if call.with_tools:
        _, calls = tool_calls_message(sample.text)
        if calls:
            delta["tool_calls"] = [{"index": i, **c} for i, c in enumerate(calls)]
            reason = "tool_calls"
        elif rest := held.rest():
            delta["content"] = rest
    return {"index": index, "delta": delta, "logprobs": None, "finish_reason": reason}

"""`POST /v1/completions`: raw prompts, as text (tokenized as the engine does) or as token ids
used as is, so a trainer that holds the exact ids of a turn gets a continuation of exactly them."""

import dataclasses
from collections.abc import AsyncIterator
from typing import Any

from fastapi.responses import JSONResponse, Response, StreamingResponse
from starlette.requests import Request as HTTPRequest

from loopwright.models.sampling import Completion, SamplingParams
from loopwright.server.chat import sample_params
from loopwright.server.decoding import TopLogprobs, sampling_params
from loopwright.server.errors import APIError
from loopwright.server.responses import (
    DONE_EVENT,
    TokenText,
    finish_reason,
    new_id,
    now_s,
    sse,
    usage,
)
from loopwright.server.runs import (
    CLIENT_CLOSED_REQUEST,
    append_delta,
    stream_samples,
    whole_answers,
)
from loopwright.server.schemas import CompletionRequest
from loopwright.server.served import ServedModel


@dataclasses.dataclass(slots=True)
class PromptCall:
    """One prompt of the batch, made ready for the engine."""

    prompt_ids: list[int]
    params: SamplingParams
    top: TopLogprobs | None


def prepare(request: CompletionRequest, served: ServedModel) -> list[PromptCall]:
    prompts = request.prompts()
    if not prompts:
        raise APIError("prompt is empty: give a text or a list of token ids", param="prompt")
    vocab = served.local.hf_config.vocab_size
    calls = []
    for prompt in prompts:
        ids = served.local.tokenizer(prompt)["input_ids"] if isinstance(prompt, str) else list(prompt)
        if not ids:
            raise APIError("prompt is empty: give a text or a list of token ids", param="prompt")
        if any(not 0 <= i < vocab for i in ids):
            raise APIError(f"prompt token ids must be in [0, {vocab})", param="prompt")
        params = sampling_params(request, served, len(ids), prompt_param="prompt")
        top = TopLogprobs(request.logprobs, params.temperature, None) if request.logprobs else None
        calls.append(PromptCall(ids, dataclasses.replace(params, n=request.n, logits_processor=top), top))
    return calls


async def completions(request: CompletionRequest, served: ServedModel, http: HTTPRequest,
                      session: str | None) -> Response:
    calls = prepare(request, served)
    streams = [served.engine.stream(c.prompt_ids, p) for c in calls for p in sample_params(c.params)] if (
        request.stream or request.n == 1) else []  # made here: a request the engine refuses is a 400
    if request.stream:
        return StreamingResponse(stream_events(request, calls, served, streams, session),
                                 media_type="text/event-stream")
    choices: list[dict[str, Any]] = []
    num_prompt_tokens = sum(len(c.prompt_ids) for c in calls)
    results = await whole_answers(served, http, [(c.prompt_ids, c.params) for c in calls], streams)
    if results is None:
        return Response(status_code=CLIENT_CLOSED_REQUEST)
    for call, result in zip(calls, results, strict=True):
        if served.tracer is not None:
            served.tracer.record(session, served.name, call.params, call.prompt_ids, result.completions,
                                 result.timings)
        choices += [choice(request, served, call, len(choices) + j, c) for j, c in enumerate(result.completions)]
    num_completion_tokens = sum(len(c.token_ids) for r in results for c in r.completions)
    body: dict[str, Any] = {
        "id": new_id("cmpl"), "object": "text_completion", "created": now_s(), "model": served.name,
        "choices": choices, "usage": usage(num_prompt_tokens, num_completion_tokens),
    }
    if request.return_token_ids:
        body["prompt_token_ids"] = calls[0].prompt_ids if len(calls) == 1 else [c.prompt_ids for c in calls]
    return JSONResponse(body)


def choice(request: CompletionRequest, served: ServedModel, call: PromptCall, index: int,
           c: Completion) -> dict[str, Any]:
    logprobs = None
    if call.top is not None:
        logprobs = TokenText(served.local.tokenizer).completion_logprobs(c.token_ids, c.logprobs,
                                                                           call.top.of(c.token_ids))
    out = {"index": index, "text": c.text, "logprobs": logprobs, "finish_reason": finish_reason(c.finish_reason)}
    if request.return_token_ids:
        out["token_ids"] = list(c.token_ids)
    return out


async def stream_events(request: CompletionRequest, calls: list[PromptCall], served: ServedModel,
                        streams: list, session: str | None) -> AsyncIterator[str]:
    """SSE chunks of `text_completion` objects: one per token, usage last, then [DONE]."""
    texts = TokenText(served.local.tokenizer)
    head = {"id": new_id("cmpl"), "object": "text_completion", "created": now_s(), "model": served.name}
    owner = [call for call in calls for _ in range(request.n)]
    samples = [Completion([], "", [], "abort") for _ in streams]
    num_prompt_tokens = sum(len(c.prompt_ids) for c in calls)
    served.counters.started(num_prompt_tokens)
    try:
        async for index, delta in stream_samples(streams):
            sample, call = samples[index], owner[index]
            top = call.top.steps.get((len(sample.token_ids), hash(tuple(sample.token_ids)))) if call.top else None
            append_delta(sample, delta)
            served.counters.generated(1)
            out: dict[str, Any] = {"index": index, "text": delta.text, "logprobs": None,
                                   "finish_reason": finish_reason(delta.finish_reason) if delta.finish_reason else None}
            if call.top is not None:
                out["logprobs"] = texts.completion_logprobs([delta.token_id], [delta.logprob], [top or ([], [])],
                                                            len(sample.text) - len(delta.text))
            if request.return_token_ids:
                out["token_ids"] = [delta.token_id]
            chunk = {**head, "choices": [out]}
            if request.return_token_ids and len(sample.token_ids) == 1:
                chunk["prompt_token_ids"] = call.prompt_ids
            yield sse(chunk)
        if request.include_usage:
            yield sse({**head, "choices": [], "usage": usage(num_prompt_tokens, sum(len(s.token_ids) for s in samples))})
        yield DONE_EVENT
    except Exception as exc:  # the headers are sent: the error goes in the stream
        yield sse(APIError(f"generation failed: {exc}", status=500, type="server_error").body())
    finally:
        served.counters.finished()
        if served.tracer is not None:
            for call, sample in zip(owner, samples, strict=True):
                served.tracer.record(session, served.name, call.params, call.prompt_ids, [sample], {})

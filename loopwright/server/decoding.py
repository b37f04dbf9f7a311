"""From a request's fields to the engine's `SamplingParams`: limits, constraints, top logprobs.

Constrained decoding is the models' own (`loopwright.models.constrained`): forced tool calls
and JSON response formats are `ToolCallConstraint`s over grammars from `LocalModel.grammars`,
so the server compiles a tool set once per process like the agent does. The engine reports
only the sampled token's logprob; `TopLogprobs` wraps the logits processor to keep the k best
of the same distribution (temperature-scaled, after penalties and constraints).
"""

from typing import Any

import torch

from loopwright.models.constrained import ToolCallConstraint
from loopwright.models.local_model import LocalModel
from loopwright.models.sampling import LogitsProcessor, SamplingParams
from loopwright.server.errors import APIError
from loopwright.server.schemas import ChatCompletionRequest, SamplingFields
from loopwright.server.served import ServedModel


def sampling_params(fields: SamplingFields, served: ServedModel, num_prompt_tokens: int,
                    prompt_param: str = "messages") -> SamplingParams:
    """The engine's params; a length the context cannot hold is a 400 that says the numbers."""
    room = served.context_len - num_prompt_tokens
    if room < 1:
        raise APIError(f"the prompt is {num_prompt_tokens} tokens; this model's context holds {served.context_len} "
                       "tokens in all, so shorten the prompt", param=prompt_param, code="context_length_exceeded")
    requested = fields.max_new_tokens
    name = "max_completion_tokens" if getattr(fields, "max_completion_tokens", None) is not None else "max_tokens"
    if requested is not None and requested < 1:
        raise APIError(f"{name} must be at least 1, got {requested}", param=name)
    if requested is not None and requested > room:
        raise APIError(f"this model's context holds {served.context_len} tokens; the prompt takes {num_prompt_tokens} "
                       f"and {name} asks for {requested} more: ask for at most {room}", param=name,
                       code="context_length_exceeded")
    temperature = 1.0 if fields.temperature is None else fields.temperature
    return SamplingParams(
        max_new_tokens=requested or room, temperature=temperature, top_p=fields.top_p or 1.0,
        top_k=fields.top_k, min_p=fields.min_p, repetition_penalty=fields.repetition_penalty,
        presence_penalty=fields.presence_penalty or 0.0, frequency_penalty=fields.frequency_penalty or 0.0,
        stop=fields.stops, seed=fields.seed, ignore_eos=fields.ignore_eos,
    )


def tool_choice(request: ChatCompletionRequest) -> tuple[list[dict], str | None, bool]:
    """(tools the prompt shows, the forced tool's name or None, whether a call is required)."""
    tools = request.tools or []
    choice = request.tool_choice or "auto"
    if not tools or choice == "none":
        if isinstance(choice, dict) or choice == "required":
            raise APIError("tool_choice forces a tool call but no tools are given", param="tool_choice")
        return [], None, False
    names = [(t.get("function") or t).get("name") for t in tools]
    if any(not isinstance(n, str) or not n for n in names):
        raise APIError('every tool needs {"type": "function", "function": {"name": ..., "parameters": ...}}',
                       param="tools")
    if isinstance(choice, dict):
        forced = choice["function"]["name"]
        if forced not in names:
            raise APIError(f"tool_choice names {forced!r}, which is not among the tools ({', '.join(names)})",
                           param="tool_choice")
        return tools, forced, True
    return tools, None, choice == "required"


def chat_constraint(request: ChatCompletionRequest, local: LocalModel, max_new_tokens: int) -> LogitsProcessor | None:
    """The decoding constraint a chat request asks for: tool calls, a JSON format, or none."""
    tools, forced, required = tool_choice(request)
    fmt = request.response_format
    eos = local.eos_token_ids
    try:
        if tools and (required or fmt is None or fmt.type == "text"):
            allowed = [t for t in tools if forced in (None, (t.get("function") or t).get("name"))]
            return ToolCallConstraint.for_tools(local.grammars, local.tokenizer, allowed, required=required,
                                                max_new_tokens=max_new_tokens, eos_token_ids=eos,
                                                parallel=request.parallel_tool_calls)
        if fmt is not None and fmt.type != "text":
            grammar = local.grammars.json_value(local.tokenizer, json_schema_of(fmt.json_schema) if
                                                fmt.type == "json_schema" else None)
            return ToolCallConstraint(grammar, required=True, max_new_tokens=max_new_tokens, eos_token_ids=eos)
    except APIError:
        raise
    except Exception as exc:  # the constrainer's own message says what it could not compile
        raise APIError(f"cannot compile a decoding grammar for this request: {exc}",
                       param="response_format" if fmt and not tools else "tools") from exc
    return None


def json_schema_of(spec: dict[str, Any] | None) -> dict[str, Any] | None:
    """The schema of `response_format.json_schema`; an object without properties is any object."""
    if not spec or not isinstance(spec.get("schema"), dict):
        raise APIError('response_format json_schema needs {"name": ..., "schema": {...}}',
                       param="response_format")
    schema = spec["schema"]
    if schema.get("type") == "object" and not schema.get("properties"):
        return None
    return schema


class TopLogprobs:
    """A logits processor that records the k most likely tokens of each step, then passes on.

    Keys are (completion length, hash of the completion so far), so the n samples of a
    request, which share one processor, each find their own steps.
    """

    def __init__(self, k: int, temperature: float, inner: LogitsProcessor | None):
        self.k, self.temperature, self.inner = k, temperature, inner
        self.steps: dict[tuple[int, int], tuple[list[int], list[float]]] = {}

    def __call__(self, completion_ids: list[int], logits: torch.Tensor) -> torch.Tensor:
        # logits: [vocab]
        if self.inner is not None:
            logits = self.inner(completion_ids, logits)
        scaled = logits / self.temperature if self.temperature > 0 else logits
        best = scaled.log_softmax(dim=-1).topk(self.k)
        self.steps[(len(completion_ids), hash(tuple(completion_ids)))] = (best.indices.tolist(), best.values.tolist())
        return logits

    def of(self, token_ids: list[int]) -> list[tuple[list[int], list[float]]]:
        """The top k (ids, logprobs) before each token of a finished sample."""
        return [self.steps.get((i, hash(tuple(token_ids[:i]))), ([], [])) for i in range(len(token_ids))]

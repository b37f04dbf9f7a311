"""LoopwrightChat: our engine as a LangChain chat model, so LangGraph drives it.

It renders messages with the model's chat template and the chosen action format, generates
with the engine (token by token in `stream`, so LangGraph's "messages" stream shows tokens),
and parses the completion into tool calls. Every AIMessage carries the exact prompt and
completion token ids and logprobs in `response_metadata`: the trace and the trainer use
them as generated, never re-tokenized.

Tracing lives in `loopwright.agent` (which imports this module, not the other way round):
the model reports its name (`ls_model_name`) and sampling (`invocation_params["sampling"]`)
to LangChain callbacks, and `loopwright.agent.tracing.langchain_callback.ChatSpanCallback`
turns a call into its `chat` span.

Built by name (`LoopwrightChat(model="smollm2-135m", temperature=0)`, as LangChain users
build `ChatOllama`), it runs on the process's shared engine of that model
(`shared_engines`), loaded on the first call; a call's `model=` runs on another model's.
LangChain's standard test suites (`langchain-tests`) run against it in
tests/models/test_langchain_standard.py, with what the embedded model cannot do declared.
"""

import dataclasses
import time
from collections.abc import Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass
from typing import Any, Self

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel, LangSmithParams, LanguageModelInput
from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    BaseMessage,
    HumanMessage,
    SystemMessage,
    ToolMessage,
)
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.runnables import Runnable, RunnableConfig
from langchain_core.utils.function_calling import convert_to_openai_tool
from pydantic import ConfigDict, Field, SkipValidation, model_validator

from loopwright.models.action_formats import ActionFormat, get_format, tool_name
from loopwright.models.engine_protocol import Engine
from loopwright.models.sampling import Completion, SamplingParams
from loopwright.models.shared_engines import DEFAULT_MODEL, shared_engine
from loopwright.models.tool_calls import ParsedTurn

PARSED_CALLS = "parsed_calls"
"""Key of the last stream chunk's `response_metadata` that carries the parsed calls."""


@dataclass
class _Call:
    """One model call made ready: the engine it runs on, its prompt ids, sampling and tools."""

    engine: Engine
    model_name: str
    prompt_ids: list[int]
    params: SamplingParams
    tools: list[dict]
    tool_choice: str | dict
    parallel_tool_calls: bool


class LoopwrightChat(BaseChatModel):
    """A LangChain BaseChatModel over a `loopwright.models.Engine` (ours or HF's)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    engine: SkipValidation[Engine] | None = None
    """The engine; only `generate` and `stream` are used (not checked on construction, so a
    test may pass a fake that has just those). None: the shared engine of `model`."""
    local: Any = None
    """The LocalModel of `engine`: tokenizer and `chat_template_ids`; given with `engine`."""
    model: str | None = None
    """The model by name or path (anything `loopwright.models.load` takes). Without `engine`,
    calls run on the process's shared engine of it, loaded on first use; default the embedded
    smollm2-135m. With `engine` it only names the model (default: the loaded model's name)."""
    action_format: str = "tool_call"
    """How the model writes actions: 'tool_call' (Hermes JSON), 'react' or 'code' (fenced blocks)."""
    sampling: SamplingParams = Field(default_factory=SamplingParams)
    """Defaults for every call; stop strings of the action format are added to them."""
    temperature: float | None = None
    """LangChain's name for `sampling.temperature`; when set, it wins."""
    max_tokens: int | None = None
    """LangChain's name for `sampling.max_new_tokens`; when set, it wins."""
    stop: list[str] | None = None
    """Stop strings of every call, added to `sampling.stop`."""
    constrained: bool = True
    """Mask decoding inside <tool_call> so the JSON fits a bound tool's schema."""
    parallel_tool_calls: bool = False
    """Whether one turn may hold several tool calls (a call's `parallel_tool_calls=` wins).
    Off by default: a small model forced to call a tool writes the same call again until its
    budget ends; with it off, the constraint ends the turn after the first call."""

    @model_validator(mode="after")
    def _engine_with_its_model(self) -> Self:
        if (self.engine is None) != (self.local is None):
            raise ValueError("pass `engine` and `local` together, or neither (then `model` names "
                             "the model to load, default smollm2-135m)")
        return self

    @property
    def _llm_type(self) -> str:
        return "loopwright"

    def _model_name(self, model: str | None = None) -> str:
        """The name a call reports: its `model=` override, else `model`, else the engine's model."""
        if model or self.model:
            return model or self.model
        return self.local.name if self.local is not None else DEFAULT_MODEL

    @property
    def format(self) -> ActionFormat:
        return get_format(self.action_format)

    def bind_tools(
        self, tools: Sequence[Any], *, tool_choice: str | dict | None = None, **kwargs: Any
    ) -> Runnable[LanguageModelInput, AIMessage]:
        """Binds our Tools, LangChain tools, functions or OpenAI schemas.

        tool_choice: 'auto' (default), 'required'/'any' (a call is forced through the
        constrained decoder), 'none', or a tool name to force that tool. kwargs go to every
        call, e.g. `parallel_tool_calls=True`.
        """
        return self.bind(tools=[to_openai_schema(t) for t in tools], tool_choice=tool_choice, **kwargs)

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        call = self._prepare(messages, stop, kwargs)
        result = call.engine.generate([call.prompt_ids], call.params)[0]
        message = self._message(call, result.prompt_token_ids, result.completions[0], result.timings)
        return ChatResult(generations=[ChatGeneration(message=message)])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        call = self._prepare(messages, stop, kwargs)
        ids: list[int] = []
        logprobs: list[float] = []
        texts: list[str] = []
        finish = "abort"
        start_s = time.perf_counter()
        with closing(call.engine.stream(call.prompt_ids, call.params)) as deltas:
            for delta in deltas:
                ids.append(delta.token_id)
                logprobs.append(delta.logprob)
                texts.append(delta.text)
                finish = delta.finish_reason or finish
                chunk = ChatGenerationChunk(message=AIMessageChunk(content=delta.text))
                if run_manager is not None:
                    run_manager.on_llm_new_token(delta.text, chunk=chunk)
                yield chunk
        timings = {"total": time.perf_counter() - start_s}
        completion = Completion(ids, "".join(texts), logprobs, finish)
        final = self._message(call, call.prompt_ids, completion, timings)
        parsed = {"tool_calls": final.tool_calls, "invalid_tool_calls": final.invalid_tool_calls}
        yield ChatGenerationChunk(message=AIMessageChunk(
            content="", **parsed, response_metadata={**final.response_metadata, PARSED_CALLS: parsed},
            usage_metadata=final.usage_metadata, chunk_position="last",
        ))

    def invoke(
        self, input: LanguageModelInput, config: RunnableConfig | None = None, *,
        stop: list[str] | None = None, **kwargs: Any,
    ) -> AIMessage:
        """BaseChatModel's invoke; when it streamed, the calls are put back as parsed."""
        return with_parsed_calls(super().invoke(input, config, stop=stop, **kwargs))

    async def ainvoke(
        self, input: LanguageModelInput, config: RunnableConfig | None = None, *,
        stop: list[str] | None = None, **kwargs: Any,
    ) -> AIMessage:
        """BaseChatModel's ainvoke; when it streamed, the calls are put back as parsed."""
        return with_parsed_calls(await super().ainvoke(input, config, stop=stop, **kwargs))

    def _get_ls_params(self, stop: list[str] | None = None, **kwargs: Any) -> LangSmithParams:
        """Callback metadata: `ls_model_name` names the model in traces (a call's `model=` override
        included)."""
        request = self._request(stop)
        return LangSmithParams(
            ls_provider="loopwright", ls_model_name=self._model_name(kwargs.get("model")), ls_model_type="chat",
            ls_temperature=request.temperature, ls_max_tokens=request.max_new_tokens, ls_stop=request.stop,
        )

    def _get_invocation_params(self, stop: list[str] | None = None, **kwargs: Any) -> dict[str, Any]:
        """What callbacks see as `invocation_params`: LangChain's, plus the call's sampling.

        `sampling` holds the SamplingParams fields as plain data (the logits processor left
        out), stop strings of the action format and the caller included: exactly what the
        engine is asked for, so a tracer records it without this module knowing about tracing.
        """
        request = self._request(stop)
        sampling = {f.name: getattr(request, f.name) for f in dataclasses.fields(request)
                    if f.name != "logits_processor"}
        return {**super()._get_invocation_params(stop=stop, **kwargs), "sampling": sampling}

    def prompt_ids(self, messages: list[BaseMessage], tools: list[dict] | None = None,
                   local: Any = None) -> list[int]:
        """The token ids the engine is fed for `messages` with `tools` bound (on `local`, default ours)."""
        fmt, tools = self.format, tools or []
        dicts = to_dicts(messages, fmt, tools)
        return (local or self._target(None)[0]).chat_template_ids(dicts, tools=fmt.template_tools(tools))

    def _target(self, model: str | None) -> tuple[Any, Engine]:
        """(LocalModel, engine) a call runs on: the shared engine of its `model=` override, else ours."""
        if model is None and self.engine is not None:
            return self.local, self.engine
        shared = shared_engine(model or self._model_name())
        return shared.local, shared.engine

    def _prepare(self, messages: list[BaseMessage], stop: list[str] | None, kwargs: dict) -> _Call:
        choice = kwargs.get("tool_choice") or "auto"
        tools = [] if choice == "none" else list(kwargs.get("tools") or [])
        parallel = kwargs.get("parallel_tool_calls", self.parallel_tool_calls)
        local, engine = self._target(kwargs.get("model"))
        request = self._request(stop)
        params = dataclasses.replace(request, logits_processor=self._constraint(local, request, tools, choice, parallel))
        return _Call(engine, self._model_name(kwargs.get("model")), self.prompt_ids(messages, tools, local),
                     params, tools, choice, parallel)

    def _request(self, stop: list[str] | None) -> SamplingParams:
        """The call's sampling: the defaults, LangChain's `temperature`/`max_tokens` when set, and the
        stops of the action format, the model and the call."""
        named = {"temperature": self.temperature, "max_new_tokens": self.max_tokens}
        return dataclasses.replace(
            self.sampling, **{k: v for k, v in named.items() if v is not None},
            stop=[*self.sampling.stop, *self.format.stop, *(self.stop or []), *(stop or [])],
        )

    def _constraint(self, local: Any, request: SamplingParams, tools: list[dict], choice: str | dict,
                    parallel: bool) -> Any:
        """Constrained-decoding processor for the action format, or the configured one."""
        if not (self.constrained and tools):
            return self.sampling.logits_processor
        from loopwright.models.constrained import CodeBlockStop, ToolCallConstraint

        eos = getattr(local, "eos_token_ids", [local.tokenizer.eos_token_id])
        if self.action_format == "code":
            names = {tool_name(t) for t in tools}
            openers = [f"```{x}\n" for x in ("bash", "python") if x in names]
            forced = choice in ("required", "any") and openers
            return CodeBlockStop(local.tokenizer, eos, openers if forced else None, local.grammars)
        if self.action_format != "tool_call":
            return self.sampling.logits_processor

        forced = _forced_tool(choice)
        allowed = [t for t in tools if forced in (None, tool_name(t))]
        required = choice in ("required", "any") or forced is not None
        return ToolCallConstraint.for_tools(
            local.grammars, local.tokenizer, allowed or tools, required=required,
            max_new_tokens=request.max_new_tokens, eos_token_ids=eos, parallel=parallel,
        )

    def _message(self, call: _Call, prompt_ids: list[int], completion: Completion, timings: dict) -> AIMessage:
        turn = ParsedTurn(content=completion.text, final_answer=completion.text.strip())
        if call.tools and call.tool_choice != "none":
            turn = self.format.parse(completion.text, call.tools)
        if not call.parallel_tool_calls:  # unconstrained or other formats: the first call is the turn's
            turn = dataclasses.replace(turn, calls=turn.calls[:1])
        return AIMessage(
            content=completion.text,
            tool_calls=[{"name": c.name, "args": c.arguments, "id": c.id, "type": "tool_call"}
                        for c in turn.calls],
            invalid_tool_calls=[{"name": c.name, "args": c.raw, "id": c.id, "error": c.error,
                                 "type": "invalid_tool_call"} for c in turn.invalid],
            response_metadata={
                "model_name": call.model_name,
                "prompt_token_ids": list(prompt_ids),
                "completion_token_ids": list(completion.token_ids),
                "logprobs": list(completion.logprobs),
                "finish_reason": completion.finish_reason,
                "timings": dict(timings),
                "action_format": self.action_format,
                "final_answer": turn.final_answer,
                "parse_errors": {c.id: c.error for c in turn.invalid},
            },
            usage_metadata={"input_tokens": len(prompt_ids), "output_tokens": len(completion.token_ids),
                            "total_tokens": len(prompt_ids) + len(completion.token_ids)},
        )


def with_parsed_calls(message: AIMessage) -> AIMessage:
    """`message`, if it merges a stream of ours, with its tool calls exactly as our parser read them.

    LangChain merges stream chunks by their `tool_call_chunks` and re-parses those with a
    partial-JSON parser, which no chunk can opt out of (langchain-core 1.x): a half-written
    call `{"name": "bash", ` comes out as a valid call to a tool named '', and every parse
    error becomes None. So the last chunk also carries the parsed calls in `response_metadata`
    (they survive the merge), and this puts them back; `invoke` does it for LangGraph.
    """
    meta = dict(message.response_metadata)
    parsed = meta.pop(PARSED_CALLS, None)
    if parsed is None:
        return message
    return message.model_copy(update={**parsed, "response_metadata": meta})


def _forced_tool(choice: str | dict) -> str | None:
    if isinstance(choice, dict):
        return choice.get("function", choice).get("name")
    return None if choice in ("auto", "required", "any", "none") else choice


def to_openai_schema(tool: Any) -> dict:
    """OpenAI function schema of our Tool (duck-typed), a LangChain tool, a function or a dict."""
    if all(hasattr(tool, a) for a in ("name", "description", "parameters", "run")):
        return {"type": "function", "function": {
            "name": tool.name, "description": tool.description, "parameters": tool.parameters}}
    return convert_to_openai_tool(tool)


def to_dicts(messages: list[BaseMessage], fmt: ActionFormat, tools: list[dict]) -> list[dict]:
    """OpenAI-style dicts for the chat template; the format's system prompt goes first.

    The model's own replies are kept as generated (tool-call markup included) so the next
    prompt extends the previous one token for token.
    """
    out: list[dict] = []
    for m in messages:
        text = m.content if isinstance(m.content, str) else m.text
        if isinstance(m, SystemMessage):
            out.append({"role": "system", "content": text})
        elif isinstance(m, HumanMessage):
            out.append({"role": "user", "content": text})
        elif isinstance(m, AIMessage):
            if m.tool_calls and "completion_token_ids" not in m.response_metadata:
                text = "\n".join(x for x in (text, fmt.render_calls(m.tool_calls)) if x)
            out.append({"role": "assistant", "content": text})
        elif isinstance(m, ToolMessage):
            out.append(fmt.observation(m.name or "", text, m.artifact))
        else:
            out.append({"role": getattr(m, "role", "user"), "content": text})
    system = fmt.system_prompt(tools) if tools else None
    if system:
        if out and out[0]["role"] == "system":
            out[0] = {"role": "system", "content": f"{out[0]['content']}\n\n{system}"}
        else:
            out.insert(0, {"role": "system", "content": system})
        out[1:1] = fmt.examples(tools)
    return out

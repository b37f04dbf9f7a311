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
"""

import dataclasses
import time
from collections.abc import Iterator, Sequence
from contextlib import closing
from typing import Any

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
from pydantic import ConfigDict, Field, SkipValidation

from loopwright.models.action_formats import ActionFormat, get_format, tool_name
from loopwright.models.engine_protocol import Engine
from loopwright.models.sampling import Completion, SamplingParams
from loopwright.models.tool_calls import ParsedTurn

PARSED_CALLS = "parsed_calls"
"""Key of the last stream chunk's `response_metadata` that carries the parsed calls."""


class LoopwrightChat(BaseChatModel):
    """A LangChain BaseChatModel over a `loopwright.models.Engine` (ours or HF's)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    engine: SkipValidation[Engine]
    """The engine; only `generate` and `stream` are used (not checked on construction, so a
    test may pass a fake that has just those)."""
    local: Any
    """The LocalModel: tokenizer and `chat_template_ids`."""
    action_format: str = "tool_call"
    """How the model writes actions: 'tool_call' (Hermes JSON), 'react' or 'code' (fenced blocks)."""
    sampling: SamplingParams = Field(default_factory=SamplingParams)
    """Defaults for every call; stop strings of the action format are added to them."""
    constrained: bool = True
    """Mask decoding inside <tool_call> so the JSON fits a bound tool's schema."""

    @property
    def _llm_type(self) -> str:
        return "loopwright"

    @property
    def format(self) -> ActionFormat:
        return get_format(self.action_format)

    def bind_tools(
        self, tools: Sequence[Any], *, tool_choice: str | dict | None = None, **kwargs: Any
    ) -> Runnable[LanguageModelInput, AIMessage]:
        """Binds our Tools, LangChain tools, functions or OpenAI schemas.

        tool_choice: 'auto' (default), 'required'/'any' (a call is forced through the
        constrained decoder), 'none', or a tool name to force that tool.
        """
        return self.bind(tools=[to_openai_schema(t) for t in tools], tool_choice=tool_choice, **kwargs)

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        prompt_ids, params, tools = self._prepare(messages, stop, kwargs)
        result = self.engine.generate([prompt_ids], params)[0]
        completion = result.completions[0]
        message = self._message(result.prompt_token_ids, completion, tools, kwargs, result.timings)
        return ChatResult(generations=[ChatGeneration(message=message)])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        prompt_ids, params, tools = self._prepare(messages, stop, kwargs)
        ids: list[int] = []
        logprobs: list[float] = []
        texts: list[str] = []
        finish = "abort"
        start_s = time.perf_counter()
        with closing(self.engine.stream(prompt_ids, params)) as deltas:
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
        final = self._message(prompt_ids, completion, tools, kwargs, timings)
        parsed = {"tool_calls": final.tool_calls, "invalid_tool_calls": final.invalid_tool_calls}
        yield ChatGenerationChunk(message=AIMessageChunk(
            content="", **parsed, response_metadata={**final.response_metadata, PARSED_CALLS: parsed},
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
        """Callback metadata: `ls_model_name` names the model in traces."""
        request = self._request(stop)
        return LangSmithParams(
            ls_provider="loopwright", ls_model_name=self.local.name, ls_model_type="chat",
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

    def prompt_ids(self, messages: list[BaseMessage], tools: list[dict] | None = None) -> list[int]:
        """The token ids the engine is fed for `messages` with `tools` bound."""
        fmt, tools = self.format, tools or []
        dicts = to_dicts(messages, fmt, tools)
        return self.local.chat_template_ids(dicts, tools=fmt.template_tools(tools))

    def _prepare(
        self, messages: list[BaseMessage], stop: list[str] | None, kwargs: dict
    ) -> tuple[list[int], SamplingParams, list[dict]]:
        choice = kwargs.get("tool_choice") or "auto"
        tools = [] if choice == "none" else list(kwargs.get("tools") or [])
        prompt_ids = self.prompt_ids(messages, tools)
        params = dataclasses.replace(self._request(stop), logits_processor=self._constraint(tools, choice))
        return prompt_ids, params, tools

    def _request(self, stop: list[str] | None) -> SamplingParams:
        """The call's sampling: the defaults plus the action format's and the caller's stops."""
        return dataclasses.replace(self.sampling, stop=[*self.sampling.stop, *self.format.stop, *(stop or [])])

    def _constraint(self, tools: list[dict], choice: str | dict) -> Any:
        """Constrained-decoding processor for the action format, or the configured one."""
        if not (self.constrained and tools):
            return self.sampling.logits_processor
        from loopwright.models.constrained import CodeBlockStop, ToolCallConstraint

        eos = getattr(self.local, "eos_token_ids", [self.local.tokenizer.eos_token_id])
        if self.action_format == "code":
            names = {tool_name(t) for t in tools}
            openers = [f"```{x}\n" for x in ("bash", "python") if x in names]
            forced = choice in ("required", "any") and openers
            return CodeBlockStop(self.local.tokenizer, eos, openers if forced else None, self.local.grammars)
        if self.action_format != "tool_call":
            return self.sampling.logits_processor

        forced = _forced_tool(choice)
        allowed = [t for t in tools if forced in (None, tool_name(t))]
        required = choice in ("required", "any") or forced is not None
        return ToolCallConstraint.for_tools(
            self.local.grammars, self.local.tokenizer, allowed or tools, required=required,
            max_new_tokens=self.sampling.max_new_tokens, eos_token_ids=eos,
        )

    def _message(
        self, prompt_ids: list[int], completion: Completion, tools: list[dict],
        kwargs: dict, timings: dict,
    ) -> AIMessage:
        choice = kwargs.get("tool_choice") or "auto"
        turn = ParsedTurn(content=completion.text, final_answer=completion.text.strip())
        if tools and choice != "none":
            turn = self.format.parse(completion.text, tools)
        return AIMessage(
            content=completion.text,
            tool_calls=[{"name": c.name, "args": c.arguments, "id": c.id, "type": "tool_call"}
                        for c in turn.calls],
            invalid_tool_calls=[{"name": c.name, "args": c.raw, "id": c.id, "error": c.error,
                                 "type": "invalid_tool_call"} for c in turn.invalid],
            response_metadata={
                "model_name": self.local.name,
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

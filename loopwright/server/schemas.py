"""The request bodies of the OpenAI API we answer, as pydantic models.

Fields we do not use are accepted and ignored (clients send many), so an agent written for
OpenAI needs no change; a value we cannot honour is refused with a message instead of being
silently dropped. vLLM's extras (`return_token_ids`, `top_k`, `min_p`, `repetition_penalty`,
`ignore_eos`) are honoured because trainers send them.
"""

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

ROLES = ("system", "developer", "user", "assistant", "tool")
MAX_TOP_LOGPROBS = 20


class FunctionCall(BaseModel):
    model_config = ConfigDict(extra="allow")
    name: str
    arguments: str | dict[str, Any] = "{}"
    """JSON text (OpenAI) or an object (some clients)."""


class ToolCallIn(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str = ""
    type: str = "function"
    function: FunctionCall


class Message(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: str
    content: str | list[dict[str, Any]] | None = None
    """Text, or content parts of which the `text` ones are read."""
    name: str | None = None
    tool_calls: list[ToolCallIn] | None = None
    tool_call_id: str | None = None

    @field_validator("role")
    @classmethod
    def _known_role(cls, role: str) -> str:
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}; use one of {', '.join(ROLES)}")
        return role

    def text(self) -> str:
        """The content as one string (text parts joined; images and audio are not read)."""
        if isinstance(self.content, list):
            return "".join(str(p.get("text", "")) for p in self.content if p.get("type", "text") == "text")
        return self.content or ""

    def template_dict(self) -> dict[str, Any]:
        """The message as `LocalModel.chat_template_ids` takes it ('developer' is 'system')."""
        out: dict[str, Any] = {"role": "system" if self.role == "developer" else self.role,
                               "content": self.text()}
        if self.tool_calls:
            out["tool_calls"] = [c.model_dump(include={"id", "type", "function"}) for c in self.tool_calls]
        if self.tool_call_id:
            out["tool_call_id"] = self.tool_call_id
        if self.name:
            out["name"] = self.name
        return out


class StreamOptions(BaseModel):
    model_config = ConfigDict(extra="allow")
    include_usage: bool = False
    """A last chunk with `usage` and no choices."""


class SamplingFields(BaseModel):
    """What both endpoints share: the sampling knobs and vLLM's token-id extras."""

    model_config = ConfigDict(extra="allow")
    model: str = ""
    """Accepted whatever it names: the server serves one model."""
    max_tokens: int | None = None
    temperature: float | None = Field(default=None, ge=0, le=2)
    """OpenAI's default is 1.0."""
    top_p: float | None = Field(default=None, gt=0, le=1)
    n: int = Field(default=1, ge=1, le=32)
    seed: int | None = None
    stop: str | list[str] | None = None
    stream: bool = False
    stream_options: StreamOptions | None = None
    presence_penalty: float | None = Field(default=0.0, ge=-2, le=2)
    frequency_penalty: float | None = Field(default=0.0, ge=-2, le=2)
    user: str | None = None
    """Groups the calls of one session in the traces (as does the `X-Session-Id` header)."""
    return_token_ids: bool = False
    """vLLM's field: `prompt_token_ids` on the response and `token_ids` on each choice."""
    top_k: int = Field(default=0, ge=0)
    min_p: float = Field(default=0.0, ge=0, le=1)
    repetition_penalty: float = Field(default=1.0, gt=0)
    ignore_eos: bool = False

    @field_validator("stop")
    @classmethod
    def _stop_list(cls, value: str | list[str] | None) -> str | list[str] | None:
        stops = [value] if isinstance(value, str) else value or []
        if len(stops) > 4 or any(not s for s in stops):
            raise ValueError("up to 4 non-empty stop strings")
        return value

    @property
    def stops(self) -> list[str]:
        return [self.stop] if isinstance(self.stop, str) else list(self.stop or [])

    @property
    def include_usage(self) -> bool:
        return bool(self.stream_options and self.stream_options.include_usage)


class ResponseFormat(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: Literal["text", "json_object", "json_schema"] = "text"
    json_schema: dict[str, Any] | None = None
    """`{"name": ..., "schema": {...}, "strict": ...}`; `schema` is what decoding fits."""


class ChatCompletionRequest(SamplingFields):
    messages: list[Message]
    max_completion_tokens: int | None = None
    """The newer name of `max_tokens`; it wins when both are given."""
    logprobs: bool = False
    top_logprobs: int | None = Field(default=None, ge=0, le=MAX_TOP_LOGPROBS)
    tools: list[dict[str, Any]] | None = None
    tool_choice: str | dict[str, Any] | None = None
    parallel_tool_calls: bool = True
    response_format: ResponseFormat | None = None

    @field_validator("messages")
    @classmethod
    def _not_empty(cls, messages: list[Message]) -> list[Message]:
        if not messages:
            raise ValueError("must hold at least one message")
        return messages

    @field_validator("tool_choice")
    @classmethod
    def _known_choice(cls, choice: str | dict[str, Any] | None) -> str | dict[str, Any] | None:
        if isinstance(choice, str) and choice not in ("auto", "required", "none"):
            raise ValueError(f"{choice!r} is not 'auto', 'required', 'none' or a named function")
        if isinstance(choice, dict) and not (choice.get("function") or {}).get("name"):
            raise ValueError('a named tool_choice is {"type": "function", "function": {"name": ...}}')
        return choice

    @property
    def max_new_tokens(self) -> int | None:
        return self.max_completion_tokens if self.max_completion_tokens is not None else self.max_tokens


class CompletionRequest(SamplingFields):
    prompt: str | list[str] | list[int] | list[list[int]]
    """Text, token ids used as is, or a batch of either (choice i*n + j is prompt i's sample j)."""
    logprobs: int | None = Field(default=None, ge=0, le=MAX_TOP_LOGPROBS)
    """The legacy field: how many top tokens to list beside each sampled one."""
    echo: bool = False
    suffix: str | None = None
    best_of: int | None = None

    @field_validator("echo")
    @classmethod
    def _no_echo(cls, echo: bool) -> bool:
        if echo:
            raise ValueError("echo is not supported")
        return echo

    @field_validator("suffix")
    @classmethod
    def _no_suffix(cls, suffix: str | None) -> str | None:
        if suffix:
            raise ValueError("suffix (fill-in-the-middle) is not supported")
        return suffix

    @property
    def max_new_tokens(self) -> int | None:
        return self.max_tokens

    def prompts(self) -> list[str | list[int]]:
        """The batch: one text or one list of ids per prompt."""
        p = self.prompt
        if isinstance(p, str) or (p and all(isinstance(x, int) for x in p)):
            return [p]
        return list(p)


class RewardRequest(BaseModel):
    """`POST /v1/rewards`: a session's reward, given after its calls (e.g. by a verifier)."""

    session: str = Field(min_length=1)
    """The session's name, as the calls sent it (`X-Session-Id`, `metadata.session_id` or `user`)."""
    reward: float


class WeightsRequest(BaseModel):
    """`POST /v1/weights`: serve the base model with another LoRA adapter merged in."""

    adapter: str = Field(min_length=1)
    """A `loopwright train --out` folder or its `adapter/` folder, on the server's disk."""

"""What one agent run reports to the chat screen, as plain data.

The run goes on in a worker thread, which turns LangGraph stream chunks into these events and
hands them to the UI thread, so widgets never see LangGraph types.
"""

from dataclasses import dataclass


@dataclass(slots=True, frozen=True)
class UserText:
    """A message the person sent (live, or replayed from a resumed session)."""

    text: str


@dataclass(slots=True, frozen=True)
class TokenDelta:
    """A piece of the assistant's reply as it streams."""

    text: str


@dataclass(slots=True, frozen=True)
class ReplyTurn:
    """Which model turn an answer is, so a person's rating or correction finds its trace."""

    message_id: str
    """The AIMessage's id, as the session's checkpoint keeps it."""
    prompt_token_ids: tuple[int, ...]
    completion_token_ids: tuple[int, ...]
    raw_text: str
    """What the model wrote, tool-call markup included: what a correction replaces."""


@dataclass(slots=True, frozen=True)
class AssistantReply:
    """A finished model turn: its text and, when the engine reported them, its token figures."""

    text: str
    context_tokens: int | None = None
    """Prompt plus completion tokens of this model call."""
    tokens_per_s: float | None = None
    """Decode speed the engine measured for this call."""
    turn: ReplyTurn | None = None
    """Set when the turn has recorded token ids and a message id: it can be rated."""
    has_tool_calls: bool = False


@dataclass(slots=True, frozen=True)
class ToolCallStarted:
    call_id: str
    name: str
    args: dict


@dataclass(slots=True, frozen=True)
class ToolCallFinished:
    call_id: str
    output: str
    exit_code: int | None = None
    duration_s: float = 0.0
    is_error: bool = False
    truncated: bool = False


@dataclass(slots=True, frozen=True)
class TurnCountChanged:
    """The run's model-turn count moved (the status bar shows it)."""

    turns: int


@dataclass(slots=True, frozen=True)
class TraceStarted:
    trace_id: str


@dataclass(slots=True, frozen=True)
class ApprovalRequest:
    """One pending `interrupt` of the tools node, payload as in the agent contract."""

    interrupt_id: str
    tool_call: dict
    """{"id": str, "name": str, "args": dict}"""


@dataclass(slots=True, frozen=True)
class RunEnded:
    """The graph stopped: finished or cancelled."""

    answer: str | None = None
    finish_reason: str | None = None
    cancelled: bool = False


@dataclass(slots=True, frozen=True)
class SandboxLost:
    """A tool found the sandbox dead; the run goes on and the next call gets a fresh one."""

    message: str


@dataclass(slots=True, frozen=True)
class RunFailed:
    """The run raised; `message` is meant for a person to read."""

    message: str


RunEvent = (
    UserText
    | TokenDelta
    | AssistantReply
    | ToolCallStarted
    | ToolCallFinished
    | TurnCountChanged
    | TraceStarted
    | RunEnded
    | RunFailed
    | SandboxLost
)

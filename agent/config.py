"""What a run of the agent graph may do: its turn budget and who approves risky tools."""

from dataclasses import dataclass
from typing import Literal

Approval = Literal["ask", "auto", "never"]


@dataclass(slots=True)
class AgentConfig:
    max_turns: int = 10
    """Model turns allowed in one run; past it the run ends with finish_reason 'max_turns'."""
    approval: Approval = "auto"
    """Tools marked requires_approval: 'ask' pauses the graph (interrupt), 'auto' runs them,
    'never' denies them without asking (the model sees the denial)."""
    name: str = "loopwright"
    """Agent name, used in the root trace span ('invoke_agent <name>')."""

    def __post_init__(self) -> None:
        if self.max_turns < 1:
            raise ValueError(f"max_turns must be >= 1, got {self.max_turns}")
        if self.approval not in ("ask", "auto", "never"):
            raise ValueError(f"approval must be ask, auto or never, got {self.approval!r}")

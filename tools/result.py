"""What a tool hands back to the model, and how long observations are cut to size."""

from dataclasses import dataclass


@dataclass(slots=True)
class ToolResult:
    """One observation. Tools never raise to the agent: failures are `is_error=True`."""

    output: str
    is_error: bool
    exit_code: int | None = None
    duration_s: float = 0.0
    truncated: bool = False
    final_answer: str | None = None
    """Set only by `finish`: the run's answer; the agent stops when it sees one."""


def cap_observation(text: str, max_chars: int) -> tuple[str, bool]:
    """Keep the head and the tail of `text` within `max_chars`; say how much was cut.

    The head holds what a command printed first (usage, the first error), the tail how
    it ended (the final traceback line, a summary), so both are worth more than the middle.
    """
    if len(text) <= max_chars:
        return text, False
    head_chars = max_chars // 2
    tail_chars = max_chars - head_chars
    cut = len(text) - head_chars - tail_chars
    marker = f"\n[... {cut} characters cut from the middle of this output ...]\n"
    return text[:head_chars] + marker + text[len(text) - tail_chars :], True

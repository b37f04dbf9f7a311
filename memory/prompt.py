"""How recalled items enter a prompt: one short system block, newest lesson first within a tie.

Short because every token of it is prefilled on every turn of the run and the embedded
model has a 2k-token window: each item is one line of at most ~60 words.
"""

from collections.abc import Sequence

from loopwright.memory.store import MemoryItem

HEADER = "Lessons from earlier runs of similar tasks (use what worked, avoid what failed):"
TASK_CHARS = 160


def memory_block(items: Sequence[MemoryItem]) -> str:
    """The system text for `items`; empty when there are none (then nothing is added)."""
    if not items:
        return ""
    lines = [HEADER]
    for number, item in enumerate(items, start=1):
        lines.append(f"{number}. Task: {_short(item.task)} {item.lesson}")
    return "\n".join(lines)


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= TASK_CHARS else flat[: TASK_CHARS - 3] + "..."

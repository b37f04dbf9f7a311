"""The graph state: plain messages and counters, so the SQLite checkpointer can store it."""

from typing import Annotated, TypedDict

from langchain_core.messages import BaseMessage
from langgraph.graph.message import add_messages


class AgentState(TypedDict, total=False):
    messages: Annotated[list[BaseMessage], add_messages]
    turns: int
    """Model turns taken so far in this run."""
    finish_reason: str | None
    """'finish' (finish tool), 'answer' (reply without a call), 'max_turns'
    (turn budget spent); None while running."""
    answer: str | None
    memory_used: list[int]
    """Memory items put into this run's prompt (only with memory on)."""
    memory_item: int | None
    """The item this run was distilled into (only with memory on and writing)."""

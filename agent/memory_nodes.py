"""The graph's two memory nodes: `recall` before the first model turn, `remember` after the last.

recall puts the top-k lessons relevant to the task into the prompt as a system message placed
first, so the chat template merges it with the action format's system prompt and the task
stays the first user turn. remember distills the finished run into an item judged by the
model itself; the runner replaces that judgement with the verifier's reward when it has one.
"""

from collections.abc import Callable

from langchain_core.messages import BaseMessage, HumanMessage, RemoveMessage, SystemMessage
from langchain_core.runnables import RunnableConfig
from langgraph.graph.message import REMOVE_ALL_MESSAGES

from loopwright.agent.state import AgentState
from loopwright.agent.tracing import memory as trace_memory
from loopwright.memory import Memory, distill, lesson_text, memory_block

MEMORY_MESSAGE_ID = "loopwright-memory"
"""Id of the system message recall adds, so a reader can tell it from a user's system prompt."""


def recall_node(memory: Memory) -> Callable[[AgentState], dict]:
    """The node that searches the store with the task and puts what it finds into the prompt."""

    def recall(state: AgentState) -> dict:
        if not memory.read:
            return {"memory_used": []}
        messages = state["messages"]
        with trace_memory.memory_span(trace_memory.OP_MEMORY_RECALL) as span:
            items = memory.store.search(_task(messages), memory.top_k)
            block = memory_block(items)
            trace_memory.record_recall(span, items, len(block))
        if not items:
            return {"memory_used": []}
        memory.store.mark_used([item.id for item in items])
        # Remove-all then re-add: add_messages only appends, and the lessons must come first.
        reordered = [RemoveMessage(id=REMOVE_ALL_MESSAGES), SystemMessage(block, id=MEMORY_MESSAGE_ID), *messages]
        return {"messages": reordered, "memory_used": [item.id for item in items]}

    return recall


def remember_node(memory: Memory) -> Callable[[AgentState, RunnableConfig], dict]:
    """The node that distills the finished run into a memory item (self-judged until verified)."""

    def remember(state: AgentState, config: RunnableConfig) -> dict:
        finish_reason = state.get("finish_reason") or "error"
        distilled = distill(state.get("messages", []), finish_reason, state.get("answer"))
        lesson = lesson_text(distilled.self_outcome, "self", finish_reason, distilled.actions, distilled.error)
        item_id: int | None = None
        with trace_memory.memory_span(trace_memory.OP_MEMORY_WRITE) as span:
            if memory.write:
                run_id = str(config.get("configurable", {}).get("thread_id", "")) or None
                item_id = memory.store.add(
                    _task(state.get("messages", [])), finish_reason=finish_reason, actions=distilled.actions,
                    error=distilled.error, outcome=distilled.self_outcome, outcome_source="self", run_id=run_id,
                    task_id=config.get("metadata", {}).get("task_id"))
            trace_memory.record_write(span, item_id, distilled.self_outcome, "self", lesson)
        return {"memory_item": item_id}

    return remember


def _task(messages: list[BaseMessage]) -> str:
    """The latest user turn: what the run was asked to do."""
    for message in reversed(messages):
        if isinstance(message, HumanMessage):
            return message.content if isinstance(message.content, str) else message.text
    return ""

"""A deterministic chat model and tools for testing the graph's routing, not the model."""

from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult

from tests.fixtures.recording_tool import RecordingTool, ToolOutcome, call

__all__ = ["CountingChatModel", "CountingSandboxFactory", "RecordingTool", "ScriptedChatModel", "ToolOutcome", "call"]



class ScriptedChatModel(BaseChatModel):
    """Replies with the scripted AIMessages in order; records the prompts it saw."""

    script: list[AIMessage]
    seen: list[list[BaseMessage]] = []

    @property
    def _llm_type(self) -> str:
        return "scripted"

    def bind_tools(self, tools: Any, **kwargs: Any) -> "ScriptedChatModel":
        return self

    def _generate(self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kwargs: Any) -> ChatResult:
        self.seen.append(list(messages))
        scripted = self.script[min(len(self.seen) - 1, len(self.script) - 1)]
        calls = [{**c, "id": f"{c['id']}_{len(self.seen)}"} for c in scripted.tool_calls]
        reply = AIMessage(scripted.content, tool_calls=calls, invalid_tool_calls=scripted.invalid_tool_calls)
        return ChatResult(generations=[ChatGeneration(message=reply)])


class CountingSandboxFactory:
    def __init__(self) -> None:
        self.made = 0
        self.closed = 0

    def __call__(self) -> "CountingSandboxFactory":
        self.made += 1
        return self

    def close(self) -> None:
        self.closed += 1


class CountingChatModel(BaseChatModel):
    """Calls `tool` until the history holds `calls` replies, then `finish`; the reply depends
    only on the messages, so a resumed process continues the same script."""

    tool: str = "slow"
    calls: int = 4

    @property
    def _llm_type(self) -> str:
        return "counting"

    def bind_tools(self, tools: Any, **kwargs: Any) -> "CountingChatModel":
        return self

    def _generate(self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kwargs: Any) -> ChatResult:
        done = sum(isinstance(m, AIMessage) for m in messages)
        name, args = (self.tool, {"n": done + 1}) if done < self.calls else ("finish", {"answer": "all done"})
        reply = AIMessage("", tool_calls=[{"name": name, "args": args, "id": f"c{done}", "type": "tool_call"}])
        return ChatResult(generations=[ChatGeneration(message=reply)])

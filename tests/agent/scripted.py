"""A deterministic chat model and tools for testing the graph's routing, not the model."""

import itertools
from dataclasses import dataclass, field
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult

_ids = itertools.count()


def call(name: str, **args: Any) -> dict:
    return {"name": name, "args": args, "id": f"call_{next(_ids)}", "type": "tool_call"}


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


@dataclass
class FakeResult:
    output: str
    is_error: bool = False
    exit_code: int | None = 0
    duration_s: float = 0.0
    truncated: bool = False
    final_answer: str | None = None


@dataclass
class RecordingTool:
    """A tool that records its calls; `finish` sets final_answer like the real one."""

    name: str
    requires_approval: bool = False
    description: str = "test tool"
    parameters: dict = field(default_factory=lambda: {"type": "object", "properties": {}})
    calls: list[dict] = field(default_factory=list)

    def run(self, sandbox: Any, arguments: dict) -> FakeResult:
        self.calls.append(arguments)
        if self.name == "finish":
            return FakeResult("done", final_answer=str(arguments.get("answer", "")))
        return FakeResult(f"{self.name} ran with {arguments}")


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

"""ToolRegistry: the tools one agent may call, by name."""

from collections.abc import Iterable, Iterator
from typing import Any

from loopwright.envs.sandbox.base import Sandbox
from loopwright.tools.base import Tool
from loopwright.tools.result import ToolResult


class ToolRegistry:
    """Name → Tool, with the schemas shown to the model and a safe `run`."""

    def __init__(self, tools: Iterable[Tool] = ()) -> None:
        self._tools: dict[str, Tool] = {}
        for t in tools:
            self.register(t)

    def register(self, tool: Tool) -> None:
        if tool.name in self._tools:
            raise ValueError(f"a tool named {tool.name!r} is already registered")
        self._tools[tool.name] = tool

    def get(self, name: str) -> Tool | None:
        return self._tools.get(name)

    @property
    def names(self) -> list[str]:
        return list(self._tools)

    def schemas(self) -> list[dict[str, Any]]:
        """OpenAI-style function schemas, in registration order."""
        return [t.schema() for t in self._tools.values()]

    def run(self, sandbox: Sandbox | None, name: str, arguments: dict[str, Any] | str | None
            ) -> ToolResult:
        """Run a tool by name; an unknown name is an error observation listing the known ones."""
        found = self._tools.get(name)
        if found is None:
            known = ", ".join(self._tools) or "none"
            return ToolResult(f"Unknown tool `{name}`. Available tools: {known}.", True)
        return found.run(sandbox, arguments)

    def __iter__(self) -> Iterator[Tool]:
        return iter(self._tools.values())

    def __len__(self) -> int:
        return len(self._tools)

    def __contains__(self, name: object) -> bool:
        return name in self._tools

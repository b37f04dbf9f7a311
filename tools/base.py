"""A tool: a typed Python function the model can call, run inside the session's sandbox.

`@tool` turns `def bash(sandbox: Sandbox, command: str, timeout_s: float = 60.0) -> str`
into a `Tool` whose JSON schema comes from the hints and the docstring. `Tool.run` is the
only way the agent calls it and never raises: bad arguments, missing files, a dead
sandbox all come back as `ToolResult(is_error=True)` with a message the model can act on.
"""

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, overload

from pydantic import BaseModel, ValidationError

from loopwright.envs.sandbox.base import Sandbox, SandboxError
from loopwright.tools.result import ToolResult, cap_observation
from loopwright.tools.schema import (
    arguments_model,
    describe_validation_error,
    expected,
    json_schema,
    parse_docstring,
)

DEFAULT_MAX_OUTPUT_CHARS = 10_000
"""Observation cap: about 2,500 tokens, small enough for a 135M model's context."""


class ToolError(Exception):
    """Raised inside a tool for an expected failure; its message becomes the observation."""


@dataclass(eq=False)
class Tool:
    """A callable the model sees as {name, description, parameters}."""

    name: str
    description: str
    fn: Callable[..., str | ToolResult]
    args_model: type[BaseModel]
    parameters: dict[str, Any]
    """JSON schema of the arguments (the sandbox parameter is not part of it)."""
    sandbox_param: str | None = None
    requires_approval: bool = False
    """The agent asks the user before running it (when approvals are on)."""
    max_output_chars: int = DEFAULT_MAX_OUTPUT_CHARS
    extra: dict[str, Any] = field(default_factory=dict)

    def schema(self) -> dict[str, Any]:
        """OpenAI-style function schema."""
        return {
            "type": "function",
            "function": {
                "name": self.name, "description": self.description, "parameters": self.parameters,
            },
        }

    def run(self, sandbox: Sandbox | None, arguments: dict[str, Any] | str | None) -> ToolResult:
        """Validate `arguments`, call the function in `sandbox`, cap the observation."""
        started = time.perf_counter()
        result = self._call(sandbox, arguments)
        result.output, cut = cap_observation(result.output, self.max_output_chars)
        result.truncated = result.truncated or cut
        result.duration_s = time.perf_counter() - started
        return result

    def _call(self, sandbox: Sandbox | None, arguments: dict[str, Any] | str | None) -> ToolResult:
        if arguments is None:
            arguments = {}
        if isinstance(arguments, str):
            try:
                arguments = json.loads(arguments) if arguments.strip() else {}
            except json.JSONDecodeError as exc:
                return self._error(f"arguments are not valid JSON ({exc.msg} at {exc.pos})")
        if not isinstance(arguments, dict):
            return self._error(f"arguments must be a JSON object, got {type(arguments).__name__}")
        kwargs = self._keyword_arguments(arguments)
        if isinstance(kwargs, ToolResult):
            return kwargs
        if self.sandbox_param:
            kwargs[self.sandbox_param] = sandbox
        try:
            out = self.fn(**kwargs)
        except ToolError as exc:
            return ToolResult(str(exc), True)
        except SandboxError as exc:
            return ToolResult(f"The sandbox failed: {exc}", True)
        except Exception as exc:  # a tool bug must not end the run; the model sees it
            return ToolResult(f"Tool `{self.name}` failed: {type(exc).__name__}: {exc}", True)
        return out if isinstance(out, ToolResult) else ToolResult(str(out), False)

    def _keyword_arguments(self, arguments: dict[str, Any]) -> dict[str, Any] | ToolResult:
        """`fn`'s keyword arguments from the model's, or the observation saying what is wrong."""
        try:
            parsed = self.args_model.model_validate(arguments)
        except ValidationError as exc:
            return ToolResult(describe_validation_error(self.name, exc, self.parameters), True)
        return {name: getattr(parsed, name) for name in type(parsed).model_fields}

    def _error(self, problem: str) -> ToolResult:
        return ToolResult(f"Invalid arguments for tool `{self.name}`: {problem}. "
                          f"{expected(self.parameters)}", True)

    def __call__(self, *args: Any, **kwargs: Any) -> str | ToolResult:
        """Call the plain function (no validation, no capping): for scripts and tests."""
        return self.fn(*args, **kwargs)


@overload
def tool(fn: Callable[..., Any], /) -> Tool: ...
@overload
def tool(
    *, name: str | None = None, requires_approval: bool = False,
    max_output_chars: int = DEFAULT_MAX_OUTPUT_CHARS,
) -> Callable[[Callable[..., Any]], Tool]: ...


def tool(
    fn: Callable[..., Any] | None = None, /, *, name: str | None = None,
    requires_approval: bool = False, max_output_chars: int = DEFAULT_MAX_OUTPUT_CHARS,
) -> Tool | Callable[[Callable[..., Any]], Tool]:
    """Make a Tool from a typed function: `@tool` or `@tool(requires_approval=True)`."""

    def wrap(func: Callable[..., Any]) -> Tool:
        tool_name = name or func.__name__
        description, _ = parse_docstring(func.__doc__)
        if not description:
            raise TypeError(f"tool {tool_name!r} needs a docstring: it is the model's manual")
        model, sandbox_param = arguments_model(func, tool_name)
        return Tool(
            name=tool_name, description=description, fn=func, args_model=model,
            parameters=json_schema(model), sandbox_param=sandbox_param,
            requires_approval=requires_approval, max_output_chars=max_output_chars,
        )

    return wrap(fn) if fn is not None else wrap

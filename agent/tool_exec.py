"""Running the tool calls of one assistant turn, each becoming one ToolMessage.

Every failure a model can cause (unknown tool, bad arguments, unparsable call, a denied
approval) becomes an error observation the model can read and correct; nothing raises.
"""

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from langchain_core.messages import ToolMessage

from loopwright.agent import tracing
from loopwright.envs.sandbox.base import Sandbox


class ToolLike(Protocol):
    """The part of `loopwright.tools.Tool` the agent relies on."""

    name: str
    description: str
    parameters: dict
    requires_approval: bool
    sandbox_param: str | None
    """None for a tool that never touches the sandbox (finish, MCP tools)."""

    def run(self, sandbox: Sandbox | None, arguments: dict) -> Any: ...


def error_message(call_id: str, name: str | None, text: str) -> ToolMessage:
    """An observation telling the model what was wrong with its call."""
    return ToolMessage(
        content=f"Error: {text}",
        tool_call_id=call_id,
        name=name or "invalid_tool_call",
        status="error",
        artifact={"exit_code": None, "duration_s": 0.0, "is_error": True, "truncated": False},
    )


def invalid_call_message(call: dict) -> ToolMessage:
    """Observation for a call the parser could not read (bad JSON, missing name)."""
    why = call.get("error") or "the call is not valid JSON with a name and an arguments object"
    raw = str(call.get("args") or "")[:300]
    return error_message(
        call.get("id") or "invalid",
        call.get("name"),
        f"your tool call could not be parsed: {why}. You wrote: {raw!r}. "
        'Write it as <tool_call>{"name": "TOOL", "arguments": {...}}</tool_call>.',
    )


def run_call(
    tools: dict[str, ToolLike], sandbox: Callable[[], Sandbox], call: dict
) -> tuple[ToolMessage, str | None]:
    """Run one parsed call; returns the observation and the final answer if it was `finish`."""
    tool = tools.get(call["name"])
    if tool is None:
        known = ", ".join(sorted(tools)) or "none"
        return error_message(call["id"], call["name"], f"unknown tool {call['name']!r}; the tools are: {known}."), None
    if not isinstance(call.get("args"), dict):
        return error_message(call["id"], tool.name, "arguments must be a JSON object."), None
    with tracing.execute_tool_span(tool.name, call["id"], call["args"]) as span:
        # A tool that needs no sandbox must not start one: a run that only finishes or only
        # calls MCP tools would otherwise pay a container (and, with --session, a volume).
        result = tool.run(sandbox() if tool.sandbox_param else None, call["args"])
        tracing.record_tool_result(span, result.output, result.exit_code, result.is_error)
    message = ToolMessage(
        content=result.output,
        tool_call_id=call["id"],
        name=tool.name,
        status="error" if result.is_error else "success",
        artifact={
            "exit_code": result.exit_code,
            "duration_s": result.duration_s,
            "is_error": result.is_error,
            "truncated": result.truncated,
        },
    )
    return message, result.final_answer


def denied_message(call: dict, reason: str | None) -> ToolMessage:
    """Observation for a call the user (or the --approve never policy) refused."""
    why = f": {reason}" if reason else ""
    return error_message(call["id"], call["name"], f"the user denied this call{why}. Try another way or finish.")


def by_name(tools: Sequence[ToolLike]) -> dict[str, ToolLike]:
    return {t.name: t for t in tools}

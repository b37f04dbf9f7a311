"""Our sandboxed tools served over stdio MCP: any MCP client gets bash, python, the file tools
and grep, acting in one sandbox of its own.

A stdio MCP server serves exactly one client session for its whole life, so "one sandbox
per session" is "one sandbox per process": the caller passes `sandbox`, a callable that
makes the session's sandbox on the first call and hands it back after (it owns and closes
it). Calls of a session run one at a time, in order, as an agent's would: a `cd` or a file
written by one call is what the next one sees.
"""

from collections.abc import Callable, Sequence
from typing import Any

import anyio
import mcp_types
from mcp.server import Server, ServerRequestContext
from mcp.server.stdio import stdio_server
from mcp.shared.exceptions import MCPError

from loopwright.envs.sandbox.base import Sandbox, SandboxError
from loopwright.tools.base import Tool
from loopwright.tools.builtins import builtin_tools
from loopwright.tools.result import ToolResult

SERVER_NAME = "loopwright-sandbox"


def sandbox_tools() -> list[Tool]:
    """The built-in tools a client may call: all but `finish` (it only ends an agent's run)."""
    return [t for t in builtin_tools() if t.name != "finish"]


def build_server(tools: Sequence[Tool], sandbox: Callable[[], Sandbox]) -> Server:
    """An MCP server listing `tools` with their JSON schemas and running them in `sandbox()`."""
    by_name = {t.name: t for t in tools}
    listing = mcp_types.ListToolsResult(tools=[_listed(t) for t in tools])
    one_at_a_time = anyio.Lock()

    async def list_tools(ctx: ServerRequestContext, params: Any) -> mcp_types.ListToolsResult:
        return listing

    async def call_tool(ctx: ServerRequestContext, params: mcp_types.CallToolRequestParams
                        ) -> mcp_types.CallToolResult:
        tool = by_name.get(params.name)
        if tool is None:
            raise MCPError(code=mcp_types.INVALID_PARAMS,
                           message=f"Unknown tool: {params.name}; the tools are: {', '.join(by_name)}")
        async with one_at_a_time:
            result = await anyio.to_thread.run_sync(_run, tool, sandbox, params.arguments or {})
        return mcp_types.CallToolResult(
            content=[mcp_types.TextContent(text=result.output)], is_error=result.is_error)

    return Server(SERVER_NAME, description="loopwright's sandboxed tools, one Docker sandbox per session",
                  on_list_tools=list_tools, on_call_tool=call_tool)


def _run(tool: Tool, sandbox: Callable[[], Sandbox], arguments: dict[str, Any]) -> ToolResult:
    """One call on a worker thread (sandboxes block); a sandbox that cannot start is an error."""
    try:
        box = sandbox()
    except SandboxError as exc:
        return ToolResult(f"The sandbox could not start: {exc}", True)
    return tool.run(box, arguments)


def _listed(tool: Tool) -> mcp_types.Tool:
    return mcp_types.Tool(
        name=tool.name, description=tool.description, input_schema=tool.parameters,
        annotations=mcp_types.ToolAnnotations(read_only_hint=not tool.requires_approval),
    )


async def serve_stdio(tools: Sequence[Tool], sandbox: Callable[[], Sandbox]) -> None:
    """Serve one client on this process's stdin/stdout until it closes the connection."""
    server = build_server(tools, sandbox)
    async with stdio_server() as (read_stream, write_stream):
        await server.run(read_stream, write_stream, server.create_initialization_options())

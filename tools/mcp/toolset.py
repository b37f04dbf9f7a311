"""The MCP servers of one command: started together, their tools offered as ours, closed together.

A server's tool keeps its own name unless another tool (a built-in, or another server's)
has it already; then it is offered as `SERVER__TOOL`, so nothing is silently shadowed.
"""

import re
from collections.abc import Iterable

from loopwright.tools.mcp.client import McpConnection
from loopwright.tools.mcp.settings import McpSettings
from loopwright.tools.mcp.tool import McpTool, mcp_tool


class McpToolset:
    """Started connections and their tools; use as a context manager (closing stops them)."""

    def __init__(self, settings: McpSettings, taken: Iterable[str] = ()) -> None:
        """`taken`: names already offered to the model (the built-in tools')."""
        self.settings = settings
        self.connections: list[McpConnection] = []
        self.tools: list[McpTool] = []
        self._taken = set(taken)

    def start(self) -> "McpToolset":
        """Start every server in order; on a failure the started ones are stopped and
        McpServerError (quoting the server's stderr) is raised."""
        try:
            for spec in self.settings.servers:
                connection = McpConnection(spec, self.settings.call_timeout_s,
                                           self.settings.start_timeout_s).start()
                self.connections.append(connection)
                for listed in connection.tools:
                    name = self._free_name(spec.name, listed.name)
                    self.tools.append(mcp_tool(connection, listed, name,
                                               requires_approval=not self.settings.trust))
        except BaseException:
            self.close()
            raise
        return self

    def _free_name(self, server: str, tool: str) -> str:
        name = tool if tool not in self._taken else f"{re.sub(r'[^A-Za-z0-9_-]', '_', server)}__{tool}"
        if name in self._taken:
            raise ValueError(f"MCP server `{server}`: tool name {name!r} is offered twice")
        self._taken.add(name)
        return name

    def close(self) -> None:
        """Stop every started server (each waits at most a few seconds)."""
        for connection in self.connections:
            connection.close()
        self.connections.clear()

    def __enter__(self) -> "McpToolset":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

"""A real stdio MCP server (the official SDK's MCPServer) that can die or hang on request.

`python -m tests.tools.flaky_mcp_server` serves `echo`, `die` (says why on stderr, then
exits) and `hang` (never answers), so the client's handling of a dead or hung server is
tested against the real protocol, not a mock.
"""

import os
import sys
import time

from mcp.server import MCPServer

LAST_WORDS = "flaky server: out of cheese, exiting"
"""What `die` writes on stderr before the process ends."""

server = MCPServer("flaky")


@server.tool()
def echo(text: str) -> str:
    """Return `text` unchanged."""
    return text


@server.tool()
def die() -> str:
    """Write LAST_WORDS on stderr and end the process without answering."""
    print(LAST_WORDS, file=sys.stderr, flush=True)
    os._exit(3)


@server.tool()
def hang() -> str:
    """Never answer (sleeps far past any call timeout)."""
    print("flaky server: hanging now", file=sys.stderr, flush=True)
    time.sleep(3600)
    return "woke up"


if __name__ == "__main__":
    server.run()

"""`--mcp` and `--mcp-trust`, shared by every command that runs the agent or its tools, and
`mcp_tools`, which starts the servers they name (with the config file's `[mcp]` table)."""

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated

import typer

from loopwright.cli.common import fail

if TYPE_CHECKING:
    from loopwright.tools.mcp.settings import McpSettings
    from loopwright.tools.mcp.tool import McpTool

McpFlag = Annotated[list[str] | None, typer.Option(
    "--mcp", metavar="'COMMAND ARGS'",
    help="Start this stdio MCP server on the host and offer its tools to the agent (repeatable); "
         "more in the config file's [mcp] table. Example: --mcp 'python -m mcp_server_time'.")]
McpTrustFlag = Annotated[bool, typer.Option(
    "--mcp-trust", help="Run MCP tools without asking first (chat asks by default: they run on the host).")]


def mcp_settings(flags: list[str] | None, trust: bool) -> "McpSettings":
    """The config file's `[mcp]` table plus the flags; a bad table or flag is a user error."""
    from loopwright.cli.config_file import read_config
    from loopwright.tools.mcp.settings import settings_from

    try:
        return settings_from(read_config().get("mcp"), flags or [], trust)
    except ValueError as exc:
        fail(str(exc))


@contextlib.contextmanager
def mcp_tools(flags: list[str] | None, trust: bool, taken: list[str]) -> Iterator[list["McpTool"]]:
    """The tools of every configured MCP server, started for the block and stopped after it.

    `taken`: names already offered (the built-ins); a clashing MCP tool is offered as
    SERVER__TOOL. No server configured: an empty list, and the `mcp` SDK is never imported.
    A server that does not start is a user error quoting its stderr.
    """
    settings = mcp_settings(flags, trust)
    if not settings.servers:
        yield []
        return
    from loopwright.tools.mcp.client import McpServerError
    from loopwright.tools.mcp.toolset import McpToolset

    for spec in settings.servers:
        typer.echo(f"starting MCP server {spec.name}: {spec.command_line}", err=True)
    try:
        toolset = McpToolset(settings, taken).start()
    except (McpServerError, ValueError) as exc:
        fail(str(exc))
    try:
        yield toolset.tools
    finally:
        toolset.close()


def builtin_names() -> list[str]:
    """Names of the built-in tools (an MCP tool may not take one)."""
    from loopwright.tools import builtin_tools

    return [t.name for t in builtin_tools()]

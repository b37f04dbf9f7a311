"""`loopwright mcp serve`: our sandboxed tools for any MCP client, over stdio."""

import uuid
from typing import Annotated

import typer

from loopwright.cli.common import SandboxKind

mcp_app = typer.Typer(
    help=(
        "MCP: serve loopwright's sandboxed tools to MCP clients. (To give the agent an MCP\n"
        "server's tools, pass --mcp to run, chat, eval, batch or tools.)\n\n"
        "Examples:\n\n"
        "  loopwright mcp serve\n\n"
        "  a client's config: {\"command\": \"loopwright\", \"args\": [\"mcp\", \"serve\"]}"
    ),
    no_args_is_help=True,
)


@mcp_app.command()
def serve(
    sandbox: Annotated[SandboxKind, typer.Option("--sandbox", help="docker (isolated) or local (no isolation, on purpose only).")] = SandboxKind.docker,
) -> None:
    """Serve bash, python, the file tools and grep over stdio MCP, in one sandbox per session.

    A stdio server has one client session: its sandbox starts on the first tool call and is
    removed when the client disconnects, on SIGTERM/SIGINT, or (Docker) a few seconds after
    this process dies in any other way. Logs go to stderr; stdout is the protocol.

    Example: `loopwright mcp serve` (started by an MCP client, e.g. the `mcp` SDK's stdio_client).
    """
    import anyio

    from loopwright.envs.sandbox.manager import SandboxManager
    from loopwright.tools.mcp.server import sandbox_tools, serve_stdio

    session_id = f"mcp-{uuid.uuid4().hex[:8]}"  # 12 characters: the sandbox label keeps 12
    typer.echo(f"loopwright mcp serve: session {session_id} ({sandbox.value} sandbox)", err=True)
    with SandboxManager(sandbox.value, pool_size=0) as sandboxes:
        anyio.run(serve_stdio, sandbox_tools(), lambda: sandboxes.sandbox_for(session_id))


def register(app: typer.Typer) -> None:
    app.add_typer(mcp_app, name="mcp")

"""`loopwright tools list|call`: the tools the agent is offered (built-in and MCP), and one call
of any of them, for seeing what the model sees and debugging a server."""

import json
import textwrap
from typing import Annotated

import typer

from loopwright.cli.common import SandboxKind, fail
from loopwright.cli.mcp_options import McpFlag, builtin_names, mcp_tools

tools_app = typer.Typer(
    help=(
        "The agent's tools: list them with their JSON schemas, or run one.\n\n"
        "Examples:\n\n"
        "  loopwright tools list\n\n"
        "  loopwright tools list --mcp 'python -m mcp_server_time'\n\n"
        "  loopwright tools call get_current_time '{\"timezone\": \"UTC\"}' --mcp 'python -m mcp_server_time'\n\n"
        "  loopwright tools call bash '{\"command\": \"uname -a\"}'"
    ),
    no_args_is_help=True,
)


@tools_app.command("list")
def list_tools(
    mcp: McpFlag = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the OpenAI-style function schemas as one JSON list.")] = False,
) -> None:
    """Print every tool the agent is offered: name, where it runs, description, JSON schema.

    Example: `loopwright tools list --mcp 'python -m mcp_server_time'`
    """
    from loopwright.tools import builtin_tools

    with mcp_tools(mcp, True, builtin_names()) as extra:
        tools = [*builtin_tools(), *extra]
        if as_json:
            typer.echo(json.dumps([t.schema() for t in tools], indent=2))
            return
        for t in tools:
            server = getattr(t, "server", None)
            where = f"MCP server {server}, on the host" if server else "built-in, in the sandbox"
            typer.echo(f"{t.name}  ({where})")
            typer.echo(textwrap.indent(textwrap.fill(t.description, 96), "    "))
            typer.echo(textwrap.indent(json.dumps(t.parameters, indent=2), "    "))


@tools_app.command("call")
def call_tool(
    name: Annotated[str, typer.Argument(help="The tool's name, as `tools list` prints it.")],
    arguments: Annotated[str, typer.Argument(help="Its arguments as one JSON object.")] = "{}",
    mcp: McpFlag = None,
    sandbox: Annotated[SandboxKind, typer.Option("--sandbox", help="Where built-in tools run: docker or local (no isolation).")] = SandboxKind.docker,
) -> None:
    """Run one tool once and print its observation, as the model would see it (exit 1 on an error).

    Built-in tools run in a fresh sandbox, removed afterwards; MCP tools on their server.

    Example: `loopwright tools call get_current_time '{"timezone": "UTC"}' --mcp 'python -m mcp_server_time'`

    Example: `loopwright tools call bash '{"command": "echo hi"}' --sandbox local`
    """
    from loopwright.envs.sandbox.base import SandboxError
    from loopwright.tools import ToolRegistry, builtin_tools

    with mcp_tools(mcp, True, builtin_names()) as extra:
        registry = ToolRegistry([*builtin_tools(), *extra])
        tool = registry.get(name)
        if tool is None:
            fail(f"no tool named {name!r}; the tools are: {', '.join(registry.names)}")
        if tool.sandbox_param is None:
            result = tool.run(None, arguments)
        else:
            from loopwright.envs.sandbox.manager import SandboxManager

            try:
                with SandboxManager(sandbox.value, pool_size=0) as sandboxes:
                    result = tool.run(sandboxes.sandbox_for("tools-call"), arguments)
            except SandboxError as exc:
                fail(str(exc))
    typer.echo(result.output)
    if result.is_error:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.add_typer(tools_app, name="tools")

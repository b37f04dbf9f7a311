"""The one `loopwright` command line: a Typer app with a sub-module per command group.

Each module in COMMAND_MODULES exposes `register(app)`. Modules keep their heavy imports
(torch, docker, langgraph) inside the command functions so `--help` answers at once.
"""

import importlib

import typer

COMMAND_MODULES = (
    "generate",
    "bench",
    "sandbox",
    "suite",
    "run",
    "traces",
    "chat",
    "eval",
    "train",
    "serve",
    "tools",
    "mcp",
    "memory",
)

app = typer.Typer(
    name="loopwright",
    help=(
        "Terminal agents on a local model, acting in Docker sandboxes, traced for RL.\n\n"
        "Examples:\n\n"
        "  loopwright generate --chat 'What is 2+2?'\n\n"
        "  loopwright run 'Create a file hello.txt containing hi, then finish'\n\n"
        "  loopwright chat\n\n"
        "  loopwright serve --port 8000\n\n"
        "  loopwright tools list --mcp 'python -m mcp_server_time'\n\n"
        "  loopwright mcp serve"
    ),
    no_args_is_help=True,
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
)


def _register_commands() -> None:
    for name in COMMAND_MODULES:
        importlib.import_module(f"loopwright.cli.{name}").register(app)


_register_commands()


def main() -> None:
    """Console-script entry point: SIGTERM, SIGINT and SIGHUP end any command cleanly."""
    from loopwright.cli.signals import exit_on_signals

    with exit_on_signals():
        app()

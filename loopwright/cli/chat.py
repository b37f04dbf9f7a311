"""`loopwright chat`: the Textual terminal chat with the agent."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from loopwright.cli.common import OldMaxSteps, SandboxKind, fail, turn_budget
from loopwright.cli.mcp_options import McpFlag, McpTrustFlag, builtin_names, mcp_tools
from loopwright.cli.signals import exit_on_signals

if TYPE_CHECKING:
    from loopwright.tui.app import ChatApp

DEFAULT_TRACE_DIR = Path(".loopwright/traces")
DEFAULT_SESSIONS_DB = Path(".loopwright/chat.sqlite")


def chat(
    ctx: typer.Context,
    model: Annotated[str, typer.Option("--model", "-m", help="smollm2-135m, an HF dir, a .gguf file or a hub id.")] = "smollm2-135m",
    session: Annotated[str | None, typer.Option("--session", "-s", help="Resume (or start) the session with this id; docker: sessions keep their /workspace files in a volume (until `loopwright sandbox prune`).")] = None,
    sandbox: Annotated[SandboxKind, typer.Option("--sandbox", help="docker (isolated) or local (no isolation, on purpose only).")] = SandboxKind.docker,
    trace_dir: Annotated[Path, typer.Option("--trace-dir", help="Where the JSONL traces of each run (one per message) go.")] = DEFAULT_TRACE_DIR,
    sessions_db: Annotated[Path, typer.Option("--sessions-db", help="SQLite file holding the checkpointed sessions.")] = DEFAULT_SESSIONS_DB,
    max_tokens: Annotated[int, typer.Option("--max-tokens", "-n", min=1, help="Longest reply of one model turn.")] = 512,
    max_turns: Annotated[int, typer.Option("--max-turns", min=1, help="Model turns per run (one message) before the agent stops.")] = 10,
    max_steps: OldMaxSteps = None,
    mcp: McpFlag = None,
    mcp_trust: McpTrustFlag = False,
) -> None:
    """Talk to the agent in a terminal chat; tool calls that change things ask for approval.

    Example: `loopwright chat --sandbox local --session notes`

    Example: `loopwright chat --mcp 'python -m mcp_server_time'` (each time-server call asks first;
    `--mcp-trust` runs them without asking)

    Keys: ctrl+c cancels the current run, ctrl+n new session, ctrl+l clear view,
    ctrl+y copy the last answer, F1 help, ctrl+q quit.
    """
    from loopwright.tui.sessions import SessionStoreError, open_session_store

    max_turns = turn_budget(ctx, max_turns, max_steps)
    if session is not None and not session.strip():
        fail("--session needs a non-empty id")
    if trace_dir.exists() and not trace_dir.is_dir():
        fail(f"--trace-dir {trace_dir} is a file, not a folder")
    try:
        store = open_session_store(sessions_db)
    except SessionStoreError as exc:
        fail(str(exc))

    from functools import partial

    from loopwright.tui.app import ChatApp
    from loopwright.tui.loader import ChatOptions, load_backend

    with mcp_tools(mcp, mcp_trust, builtin_names()) as extra_tools:
        options = ChatOptions(model=model, sandbox=sandbox.value, trace_dir=trace_dir,
                              max_new_tokens=max_tokens, max_turns=max_turns,
                              keep_workspaces=session is not None, extra_tools=extra_tools)
        app = ChatApp(partial(load_backend, options, store), session_id=session)
        with exit_on_signals(stop=partial(_quit_soon, app)) as stopped:
            try:
                app.run()
            finally:  # however the app ended, its sandboxes (and MCP servers) go with it
                if app.backend is not None:
                    app.backend.close()
    if stopped.first is not None:
        raise typer.Exit(128 + stopped.first)  # the status of a command a signal ended


def _quit_soon(app: "ChatApp", signum: int) -> None:
    """A stop signal: the app quits as on ctrl+q (the run stops, sandboxes close)."""
    import asyncio

    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:  # the app is not running (yet or any more): a plain clean exit
        raise SystemExit(128 + signum) from None
    loop.call_soon_threadsafe(lambda: loop.create_task(app.action_quit()))


def register(app: typer.Typer) -> None:
    app.command("chat")(chat)

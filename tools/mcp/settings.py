"""Which MCP servers a command starts: from `--mcp "COMMAND ARGS"` flags and an `[mcp]` table.

The table (in a config file, see `loopwright.cli.config_file`) names each server:

    [mcp]
    call_timeout_s = 60
    trust = false

    [mcp.servers.time]
    command = "python"
    args = ["-m", "mcp_server_time"]
    env = { TZ = "UTC" }
"""

import re
import shlex
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_CALL_TIMEOUT_S = 60.0
DEFAULT_START_TIMEOUT_S = 30.0


@dataclass(frozen=True, slots=True)
class McpServerSpec:
    """One stdio MCP server: the host command that starts it."""

    name: str
    """Shown in messages and used to tell apart tools of the same name."""
    command: str
    """The executable (looked up on PATH)."""
    args: tuple[str, ...] = ()
    env: dict[str, str] = field(default_factory=dict)
    """Set over the SDK's safe default environment (PATH, HOME, USER, ...)."""
    cwd: Path | None = None

    @property
    def command_line(self) -> str:
        return shlex.join([self.command, *self.args])


@dataclass(frozen=True, slots=True)
class McpSettings:
    """The MCP servers of one command and how their calls are run."""

    servers: tuple[McpServerSpec, ...] = ()
    call_timeout_s: float = DEFAULT_CALL_TIMEOUT_S
    """Longest wait for one tool call; past it the call is an error observation."""
    start_timeout_s: float = DEFAULT_START_TIMEOUT_S
    """Longest wait for a server to start and list its tools."""
    trust: bool = False
    """False: in `chat`, every MCP call asks for approval (the servers run on the host)."""

    def __post_init__(self) -> None:
        if self.call_timeout_s <= 0 or self.start_timeout_s <= 0:
            raise ValueError("MCP timeouts must be positive")
        names = [s.name for s in self.servers]
        if len(set(names)) != len(names):
            raise ValueError(f"two MCP servers share a name: {names}")


def spec_from_command_line(text: str, taken: Collection[str] = ()) -> McpServerSpec:
    """`"python -m mcp_server_time --local-timezone UTC"` -> a spec named after its program."""
    try:
        words = shlex.split(text)
    except ValueError as exc:
        raise ValueError(f"--mcp {text!r}: {exc}") from None
    if not words:
        raise ValueError("--mcp needs a command, e.g. --mcp 'python -m mcp_server_time'")
    name = unique_name(server_name(words), taken)
    return McpServerSpec(name=name, command=words[0], args=tuple(words[1:]))


def server_name(words: list[str]) -> str:
    """A short name for a command line: the module of `python -m M`, else the program's name."""
    program = Path(words[0]).name
    if "-m" in words[1:-1]:
        program = words[words.index("-m", 1) + 1]
    elif program in ("npx", "uvx", "pipx") and len(words) > 1:
        program = next((w for w in words[1:] if not w.startswith("-")), program)
    return re.sub(r"[^A-Za-z0-9_-]+", "_", program.rsplit("/", 1)[-1]).strip("_") or "mcp"


def unique_name(name: str, taken: Collection[str]) -> str:
    """`name`, or `name_2`, `name_3`, ... when it is taken."""
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{name}_{n}"
    return candidate


def settings_from(table: dict[str, Any] | None, flags: list[str], trust_flag: bool) -> McpSettings:
    """The config file's `[mcp]` table (may be None) plus the `--mcp` flags, flags last.

    `--mcp-trust` trusts every server; the table's `trust = true` does the same.
    """
    table = dict(table or {})
    raw_servers = table.pop("servers", {})
    known = {"call_timeout_s", "start_timeout_s", "trust"}
    if unknown := set(table) - known:
        raise ValueError(f"[mcp]: unknown key(s) {sorted(unknown)}; known: servers, {sorted(known)}")
    if not isinstance(raw_servers, dict):
        raise ValueError("[mcp] servers must be a table of [mcp.servers.NAME] tables")
    servers = [_spec_from_table(name, entry) for name, entry in raw_servers.items()]
    for text in flags:
        servers.append(spec_from_command_line(text, {s.name for s in servers}))
    try:
        return McpSettings(
            servers=tuple(servers),
            call_timeout_s=float(table.get("call_timeout_s", DEFAULT_CALL_TIMEOUT_S)),
            start_timeout_s=float(table.get("start_timeout_s", DEFAULT_START_TIMEOUT_S)),
            trust=trust_flag or bool(table.get("trust", False)),
        )
    except (TypeError, ValueError) as exc:
        raise ValueError(f"[mcp]: {exc}") from None


def _spec_from_table(name: str, entry: Any) -> McpServerSpec:
    where = f"[mcp.servers.{name}]"
    if not isinstance(entry, dict) or not isinstance(entry.get("command"), str):
        raise ValueError(f'{where} needs command = "PROGRAM" (and optionally args, env, cwd)')
    if unknown := set(entry) - {"command", "args", "env", "cwd"}:
        raise ValueError(f"{where}: unknown key(s) {sorted(unknown)}")
    args, env = entry.get("args", []), entry.get("env", {})
    if not isinstance(args, list) or not all(isinstance(a, str) for a in args):
        raise ValueError(f"{where} args must be a list of strings")
    if not isinstance(env, dict) or not all(isinstance(v, str) for v in env.values()):
        raise ValueError(f"{where} env must be a table of strings")
    cwd = entry.get("cwd")
    return McpServerSpec(name=name, command=entry["command"], args=tuple(args), env=dict(env),
                         cwd=Path(cwd) if cwd else None)

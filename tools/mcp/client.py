"""One stdio MCP server, driven from plain threads through the official `mcp` SDK.

The SDK is async (anyio) while our tools run on the agent's worker threads, so each server
gets a private event loop on a daemon thread that holds its `ClientSession` open for the
life of the connection; `call` hands a coroutine to that loop and waits at most
`call_timeout_s`. Nothing the server does reaches the caller as an exception: a server
that dies, hangs or answers with an error becomes an error `ToolResult` that quotes the
tail of the server's stderr (kept in a temporary file), which is usually where it says why.
"""

import asyncio
import concurrent.futures
import contextlib
import json
import os
import tempfile
import threading
from typing import Any

import anyio
import mcp_types
from mcp import ClientSession, StdioServerParameters, stdio_client
from mcp.shared.exceptions import MCPError

from loopwright.tools.mcp.settings import (
    DEFAULT_CALL_TIMEOUT_S,
    DEFAULT_START_TIMEOUT_S,
    McpServerSpec,
)
from loopwright.tools.result import ToolResult

STDERR_TAIL_CHARS = 2_000
"""How much of a server's stderr an error observation quotes (its last lines)."""
CLOSE_TIMEOUT_S = 10.0
"""The SDK's shutdown: stdin closed, 2 s grace, SIGTERM, 2 s, SIGKILL; bounded here too."""
LOOP_MARGIN_S = 5.0
"""Extra wait past the SDK's own read timeout before the caller stops waiting on the loop."""


class McpServerError(Exception):
    """An MCP server could not be started or listed; the message quotes its stderr."""


class McpConnection:
    """A started stdio MCP server: its tools as listed, and `call` that never raises."""

    def __init__(self, spec: McpServerSpec, call_timeout_s: float = DEFAULT_CALL_TIMEOUT_S,
                 start_timeout_s: float = DEFAULT_START_TIMEOUT_S) -> None:
        self.spec = spec
        self.call_timeout_s = call_timeout_s
        self.start_timeout_s = start_timeout_s
        self.tools: list[mcp_types.Tool] = []
        """The server's tools with their JSON schemas, as listed at start."""
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 (lives as long as the connection)
        """The server's stderr; read with pread so its write offset never moves."""
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True,
                                        name=f"mcp-{spec.name}")
        self._session: ClientSession | None = None
        self._closing: asyncio.Event | None = None
        self._serving: concurrent.futures.Future | None = None
        self._ended: str | None = None
        """Why the connection ended (None while it is up)."""

    # --- lifecycle ---------------------------------------------------------------------
    def start(self) -> "McpConnection":
        """Start the server, initialize the session and list its tools, or raise McpServerError."""
        ready: concurrent.futures.Future = concurrent.futures.Future()
        self._thread.start()
        self._serving = asyncio.run_coroutine_threadsafe(self._serve(ready), self._loop)
        try:
            self.tools = ready.result(timeout=self.start_timeout_s + LOOP_MARGIN_S)
        except Exception as exc:
            problem = (f"did not answer initialize and tools/list within {self.start_timeout_s:g} s"
                       if isinstance(_innermost(exc), TimeoutError) else f"did not start: {_reason(exc)}")
            message = self._describe(problem)  # before close, which drops the stderr file
            self.close()
            raise McpServerError(message) from None
        return self

    async def _serve(self, ready: concurrent.futures.Future) -> None:
        """The session's whole life, on the loop thread: open, list, wait for close."""
        self._closing = asyncio.Event()
        params = StdioServerParameters(command=self.spec.command, args=list(self.spec.args),
                                       env=self.spec.env or None, cwd=self.spec.cwd)
        try:
            async with stdio_client(params, errlog=self._stderr) as streams, \
                    ClientSession(*streams) as session:
                with anyio.fail_after(self.start_timeout_s):  # a silent server ends here, cleaned up
                    await session.initialize()
                    tools = await _list_all_tools(session)
                self._session = session
                ready.set_result(tools)
                await self._closing.wait()
        except BaseException as exc:  # the SDK wraps failures in exception groups
            if not ready.done():
                ready.set_exception(exc if isinstance(exc, Exception) else RuntimeError(str(exc)))
            self._ended = _reason(exc)
        finally:
            self._session = None
            self._ended = self._ended or "the connection was closed"

    def close(self) -> None:
        """Stop the server (stdin closed, then terminated, then killed) and the loop thread."""
        if self._thread.is_alive():
            if self._closing is not None:
                self._loop.call_soon_threadsafe(self._closing.set)
            if self._serving is not None:
                with contextlib.suppress(Exception):
                    self._serving.result(timeout=CLOSE_TIMEOUT_S)
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=CLOSE_TIMEOUT_S)
        if not self._thread.is_alive():
            self._loop.close()
        self._stderr.close()

    def __enter__(self) -> "McpConnection":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- calls -------------------------------------------------------------------------
    def call(self, tool_name: str, arguments: dict[str, Any]) -> ToolResult:
        """Run one tool; every failure (server gone, timeout, protocol error) is an error result."""
        session = self._session
        if session is None:
            return self._error(f"is not running ({self._ended or 'not started'})")
        coroutine = session.call_tool(tool_name, arguments, read_timeout_seconds=self.call_timeout_s)
        future = asyncio.run_coroutine_threadsafe(coroutine, self._loop)
        try:
            result = future.result(timeout=self.call_timeout_s + LOOP_MARGIN_S)
        except concurrent.futures.TimeoutError:
            future.cancel()
            return self._error(f"did not answer `{tool_name}` within {self.call_timeout_s:g} s")
        except MCPError as exc:
            if exc.code == mcp_types.REQUEST_TIMEOUT:
                return self._error(f"did not answer `{tool_name}` within {self.call_timeout_s:g} s")
            if exc.code == mcp_types.CONNECTION_CLOSED:
                return self._error(f"closed the connection during `{tool_name}` (it exited or crashed)")
            return self._error(f"refused `{tool_name}`: {exc.error.message}")
        except Exception as exc:
            return self._error(f"failed during `{tool_name}`: {_reason(exc)}")
        return observation(result)

    def _error(self, problem: str) -> ToolResult:
        return ToolResult(self._describe(problem), is_error=True)

    def _describe(self, problem: str) -> str:
        """`MCP server `name` (command) PROBLEM`, and the stderr tail when there is one."""
        text = f"MCP server `{self.spec.name}` ({self.spec.command_line}) {problem}."
        tail = self.stderr_tail()
        return f"{text}\n[server stderr, last lines]\n{tail}" if tail else text

    def stderr_tail(self, max_chars: int = STDERR_TAIL_CHARS) -> str:
        """The end of what the server wrote on stderr (empty when nothing, or once closed)."""
        if self._stderr.closed:
            return ""
        fd = self._stderr.fileno()
        size = os.fstat(fd).st_size
        start = max(0, size - max_chars)
        text = os.pread(fd, size - start, start).decode("utf-8", errors="replace")
        if start > 0 and "\n" in text:
            text = text.split("\n", 1)[1]  # drop the partial first line
        return text.strip()


async def _list_all_tools(session: ClientSession) -> list[mcp_types.Tool]:
    """Every page of tools/list."""
    tools: list[mcp_types.Tool] = []
    cursor: str | None = None
    while True:
        params = mcp_types.PaginatedRequestParams(cursor=cursor) if cursor else None
        page = await session.list_tools(params=params)
        tools.extend(page.tools)
        cursor = page.next_cursor
        if not cursor:
            return tools


def observation(result: mcp_types.CallToolResult) -> ToolResult:
    """An MCP tool result as our observation: its content blocks as text, in order."""
    parts = [_block_text(block) for block in result.content]
    if not parts and result.structured_content is not None:
        parts.append(json.dumps(result.structured_content, ensure_ascii=False))
    return ToolResult("\n".join(parts) or "(no output)", is_error=result.is_error)


def _block_text(block: Any) -> str:
    """Text of one content block; binary blocks are described, not inlined."""
    if isinstance(block, mcp_types.TextContent):
        return block.text
    resource = getattr(block, "resource", None)
    if resource is not None and getattr(resource, "text", None) is not None:
        return resource.text
    kind = getattr(block, "type", type(block).__name__)
    where = getattr(block, "uri", None) or getattr(resource, "uri", None)
    mime = getattr(block, "mime_type", None) or getattr(resource, "mime_type", None)
    return f"[{kind} content{f' {where}' if where else ''}{f' ({mime})' if mime else ''} not shown]"


def _innermost(exc: BaseException) -> BaseException:
    """The first exception inside the SDK's (nested) exception groups."""
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    return exc


def _reason(exc: BaseException) -> str:
    """The innermost exception's message."""
    exc = _innermost(exc)
    text = str(exc) or type(exc).__name__
    return f"{type(exc).__name__}: {text}" if isinstance(exc, OSError) else text

"""The built-in tools: a shell, python, files, search, and `finish`.

Each runs in the session's sandbox and returns an observation written for a model:
what happened, and on failure what to try next.
"""

import shlex
from typing import Annotated

from pydantic import Field

from loopwright.envs.sandbox.base import ExecResult, Sandbox
from loopwright.tools.base import Tool, ToolError, tool
from loopwright.tools.result import ToolResult

Seconds = Annotated[float, Field(gt=0, le=3600)]
MAX_GREP_MATCHES_PER_FILE = 50


def exec_observation(result: ExecResult) -> ToolResult:
    """stdout, then stderr, then how it ended; an error unless it exited 0."""
    parts = [result.stdout] if result.stdout else []
    if result.stderr:
        parts.append(("[stderr]\n" if result.stdout else "") + result.stderr)
    if result.timed_out:
        after = f" after {result.timeout_s:g} s" if result.timeout_s else ""
        parts.append(f"[timed out{after}: the command and its processes "
                     "were killed; run long jobs in smaller steps or raise timeout_s]")
    elif result.exit_code != 0:
        parts.append(f"[exit code {result.exit_code}]")
    text = "\n".join(p.rstrip("\n") for p in parts) or "(no output)"
    return ToolResult(output=text, is_error=result.timed_out or result.exit_code != 0,
                      exit_code=result.exit_code, truncated=result.truncated)


@tool(requires_approval=True)
def bash(sandbox: Sandbox, command: str, timeout_s: Seconds | None = None) -> ToolResult:
    """Run a shell command in the sandbox with bash. `cd` and `export` persist between calls;
    background jobs (`&`) stop when the command returns.

    Args:
        command: The command line to run, e.g. `ls -la` or `python3 test.py`.
        timeout_s: Seconds before the command and every process it started are killed
            (default: the sandbox's limit, 60 s unless the task sets another).
    """
    return exec_observation(sandbox.exec(command, timeout_s=timeout_s))


@tool(requires_approval=True)
def python(sandbox: Sandbox, code: str, timeout_s: Seconds | None = None) -> ToolResult:
    """Run a Python 3 program in the sandbox and return what it prints.

    Args:
        code: The program's source; use print() to see values.
        timeout_s: Seconds before the program is killed (default: the sandbox's limit).
    """
    return exec_observation(sandbox.exec("python3 -", timeout_s=timeout_s, stdin=code))


def _read_text(sandbox: Sandbox, path: str) -> str:
    try:
        data = sandbox.read_file(path)
    except FileNotFoundError as exc:
        raise ToolError(f"No such file: {path}. Use list_dir to see which files exist.") from exc
    except IsADirectoryError as exc:
        raise ToolError(f"{path} is a directory, not a file; use list_dir on it.") from exc
    except PermissionError as exc:
        raise ToolError(f"Permission denied reading {path}.") from exc
    if b"\0" in data[:8192]:
        raise ToolError(f"{path} is a binary file ({len(data)} bytes); it cannot be shown as text.")
    return data.decode("utf-8", errors="replace")


def _write_text(sandbox: Sandbox, path: str, content: str) -> None:
    try:
        sandbox.write_file(path, content)
    except IsADirectoryError as exc:
        raise ToolError(f"{path} is a directory; give a file path.") from exc
    except (PermissionError, OSError) as exc:
        raise ToolError(f"Cannot write {path}: {exc.strerror or exc}. Only /workspace "
                        "and /tmp are writable.") from exc


@tool
def read_file(
    sandbox: Sandbox, path: str, start_line: Annotated[int, Field(ge=1)] = 1,
    end_line: Annotated[int, Field(ge=1)] | None = None,
) -> str:
    """Read a text file from the sandbox, optionally only a range of lines.

    Args:
        path: File path, absolute or relative to the current directory.
        start_line: First line to show (1-based).
        end_line: Last line to show (inclusive); omit to read to the end.
    """
    lines = _read_text(sandbox, path).splitlines(keepends=True)
    if end_line is not None and end_line < start_line:
        raise ToolError(f"end_line ({end_line}) is before start_line ({start_line}).")
    if lines and start_line > len(lines):
        raise ToolError(f"{path} has only {len(lines)} lines; start_line {start_line} is past "
                        "the end.")
    stop = len(lines) if end_line is None else min(end_line, len(lines))
    text = "".join(lines[start_line - 1 : stop])
    if start_line == 1 and stop == len(lines):
        return text or "(empty file)"
    return f"{text.rstrip(chr(10))}\n[lines {start_line}-{stop} of {len(lines)}]"


@tool(requires_approval=True)
def write_file(sandbox: Sandbox, path: str, content: str) -> str:
    """Create or overwrite a file in the sandbox (parent folders are created).

    Args:
        path: File path, absolute or relative to the current directory.
        content: The complete new content of the file.
    """
    _write_text(sandbox, path, content)
    return f"Wrote {len(content.encode())} bytes to {path}."


@tool(requires_approval=True)
def edit_file(sandbox: Sandbox, path: str, old: str, new: str) -> str:
    """Replace one exact occurrence of `old` with `new` in a file.

    Args:
        path: File to edit.
        old: Exact text to replace, whitespace included; it must occur exactly once.
        new: Replacement text.
    """
    if not old:
        raise ToolError("`old` is empty; give the exact text to replace.")
    text = _read_text(sandbox, path)
    count = text.count(old)
    if count == 0:
        raise ToolError(f"`old` text was not found in {path}. Read the file with read_file and "
                        "copy the exact text, including whitespace.")
    if count > 1:
        raise ToolError(f"`old` text occurs {count} times in {path}; include more surrounding "
                        "lines so it matches exactly once.")
    line = text[: text.index(old)].count("\n") + 1
    _write_text(sandbox, path, text.replace(old, new, 1))
    return f"Edited {path}: replaced 1 occurrence starting at line {line}."


@tool
def list_dir(sandbox: Sandbox, path: str = ".") -> ToolResult:
    """List a directory in the sandbox (names, sizes, types; hidden files included).

    Args:
        path: Directory to list, absolute or relative to the current directory.
    """
    result = sandbox.exec(f"ls -la --group-directories-first -- {shlex.quote(path)}",
                          timeout_s=30.0)
    if result.exit_code != 0:
        raise ToolError(result.stderr.strip() or f"Cannot list {path}.")
    return ToolResult(result.stdout, False, exit_code=0, truncated=result.truncated)


@tool
def grep(sandbox: Sandbox, pattern: str, path: str = ".") -> ToolResult:
    """Search files for a regular expression (extended syntax), recursively.

    Args:
        pattern: Extended regular expression, e.g. `def \\w+\\(` or `TODO|FIXME`.
        path: File or directory to search, relative to the current directory.
    """
    cmd = (f"grep -rnIE --exclude-dir=.git --max-count={MAX_GREP_MATCHES_PER_FILE} "
           f"-e {shlex.quote(pattern)} -- {shlex.quote(path)}")
    result = sandbox.exec(cmd)
    if result.exit_code == 1:
        return ToolResult(f"No matches for `{pattern}` in {path}.", False, exit_code=1)
    if result.exit_code != 0:
        raise ToolError(result.stderr.strip() or f"grep failed with exit code {result.exit_code}")
    return ToolResult(result.stdout, False, exit_code=0, truncated=result.truncated)


@tool
def finish(answer: str) -> ToolResult:
    """Finish the task and give the final answer. Call it once, when the task is done.

    Args:
        answer: The final answer or a short summary of what was done.
    """
    return ToolResult(output=answer, is_error=False, final_answer=answer)


def builtin_tools() -> list[Tool]:
    """The default tool set, in the order the model sees it."""
    return [bash, python, read_file, write_file, edit_file, list_dir, grep, finish]

"""`loopwright mcp serve` driven by the official `mcp` client (ClientSession over stdio_client):
tools listed, `bash` run in the session's own Docker sandbox, the container gone when the
session ends or the server process is killed (checked by label with the Docker SDK)."""

import os
import re
import signal
import sys
import tempfile
import time
from pathlib import Path

import anyio
import pytest
from mcp import ClientSession, StdioServerParameters, stdio_client

from loopwright.envs.sandbox.labels import OWNER_PID, SESSION

LOOPWRIGHT = str(Path(sys.executable).with_name("loopwright"))
GONE_WITHIN_S = 20.0
"""A killed server's container stops itself 5 s after its owner is gone (orphan grace)."""


class ServeSession:
    """One `loopwright mcp serve` process and the client session over it."""

    def __init__(self, session: ClientSession, stderr) -> None:
        self.session, self._stderr = session, stderr

    def session_id(self) -> str:
        self._stderr.seek(0)
        return re.search(r"session (mcp-[0-9a-f]+)", self._stderr.read().decode()).group(1)

    async def bash(self, command: str) -> tuple[str, bool]:
        result = await self.session.call_tool("bash", {"command": command}, read_timeout_seconds=60)
        return result.content[0].text, result.is_error


async def _serving(body) -> None:
    """Runs `body(ServeSession)` against a fresh `loopwright mcp serve`."""
    with tempfile.TemporaryFile() as stderr:
        params = StdioServerParameters(command=LOOPWRIGHT, args=["mcp", "serve"], env=_docker_env())
        async with stdio_client(params, errlog=stderr) as streams, ClientSession(*streams) as session:
            await session.initialize()
            await body(ServeSession(session, stderr))


def _docker_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k.startswith("DOCKER_")}


def _containers(docker_client, session_id: str) -> list:
    return docker_client.containers.list(all=True, filters={"label": f"{SESSION}={session_id}"})


def _wait_gone(docker_client, session_id: str) -> float:
    started = time.monotonic()
    while _containers(docker_client, session_id):
        assert time.monotonic() - started < GONE_WITHIN_S, f"container of {session_id} still there"
        time.sleep(0.2)
    return time.monotonic() - started


def test_a_client_lists_the_tools_runs_bash_in_its_sandbox_and_the_container_goes_with_it(docker_client, sandbox_image):
    seen: dict = {}

    async def body(serve: ServeSession) -> None:
        listed = await serve.session.list_tools()
        seen["tools"] = {t.name: t for t in listed.tools}
        seen["bash"] = await serve.bash("echo hi > f; cat f; pwd; id -un")
        read = await serve.session.call_tool("read_file", {"path": "f"})
        seen["read"] = read.content[0].text
        seen["error"] = await serve.bash("exit 3")
        seen["session"] = serve.session_id()
        seen["containers"] = _containers(docker_client, seen["session"])

    anyio.run(_serving, body)
    tools = seen["tools"]
    assert {"bash", "python", "read_file", "write_file", "edit_file", "list_dir", "grep"} == set(tools)
    assert tools["bash"].input_schema["required"] == ["command"]
    assert seen["bash"] == ("hi\n/workspace\nagent", False)
    assert seen["read"] == "hi\n"
    assert seen["error"] == ("[exit code 3]", True)
    assert len(seen["containers"]) == 1
    container = seen["containers"][0]
    assert container.attrs["HostConfig"]["NetworkMode"] == "none"  # today's sandbox, today's limits
    assert container.attrs["HostConfig"]["ReadonlyRootfs"] is True
    _wait_gone(docker_client, seen["session"])


def test_each_client_session_gets_its_own_sandbox(docker_client, sandbox_image):
    seen: dict = {}

    async def body(first: ServeSession) -> None:
        await first.bash("echo mine > only-here")

        async def second_body(second: ServeSession) -> None:
            seen["second"] = await second.bash("cat only-here")
            seen["sessions"] = {first.session_id(), second.session_id()}

        await _serving(second_body)
        seen["first"] = await first.bash("cat only-here")

    anyio.run(_serving, body)
    assert seen["first"] == ("mine", False)
    assert seen["second"][1] and "No such file" in seen["second"][0]
    assert len(seen["sessions"]) == 2
    for session_id in seen["sessions"]:
        _wait_gone(docker_client, session_id)


@pytest.mark.timeout(90)
def test_the_container_is_removed_when_the_server_process_is_killed(docker_client, sandbox_image):
    seen: dict = {}

    async def body(serve: ServeSession) -> None:
        await serve.bash("true")
        seen["session"] = serve.session_id()
        (container,) = _containers(docker_client, seen["session"])
        os.kill(int(container.labels[OWNER_PID]), signal.SIGKILL)  # no cleanup of its own runs

    anyio.run(_serving, body)
    _wait_gone(docker_client, seen["session"])

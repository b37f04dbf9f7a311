"""DockerSandbox: one locked-down container per session, driven by the command server.

The container's main process is `sleep infinity` under docker's init; the command server
is attached as an exec through the engine API's socket (docker_exec.py). The container
dies with its owner, however the owner dies: it is started with auto-remove, and when
the owner's connection closes and no new server attaches within `Limits.orphan_grace_s`,
the server ends the main process (server.py), so the container stops and is removed. A
main process that never sees a server (the owner died while starting it) ends by itself
after START_TIMEOUT_S. Left-overs all the same (the engine itself was down) carry their
owner's labels, and the reaper removes them — see labels.py. A sandbox nobody closed is
removed when it is garbage-collected or when the interpreter exits.

Given a session `volume` (volumes.py), /workspace is still the capped tmpfs, but the
server restores it from the volume before the first command and mirrors it there after
each one, so a new container of the same session finds the files of the one that died.
"""

import contextlib
import re
import uuid
import weakref

import docker
from docker.errors import DockerException, ImageNotFound, NotFound
from requests.exceptions import RequestException

from loopwright.envs.sandbox.base import Limits, SandboxError
from loopwright.envs.sandbox.client import SERVER_BOOTSTRAP, START_TIMEOUT_S, ServerSandbox
from loopwright.envs.sandbox.docker_exec import ExecChannel
from loopwright.envs.sandbox.engine import connect, engine_call
from loopwright.envs.sandbox.image import AGENT_UID
from loopwright.envs.sandbox.labels import owner_labels
from loopwright.envs.sandbox.volumes import PERSIST_MOUNT

WORKSPACE = "/workspace"
MAIN_PROCESS = (
    "i=0; while [ $i -lt {polls} ]; do"
    " grep -qsx loopwright-srv /proc/[0-9]*/comm && exec sleep infinity;"
    " sleep 0.1; i=$((i+1)); done"
)
"""The container's main process: `sleep infinity` once a command server attached; exits
(and so stops the container) when none attached within the server's start timeout."""


def main_command(first_server_wait_s: float = START_TIMEOUT_S) -> list[str]:
    """The container's command: wait (polling every 0.1 s) for the first server, then sleep."""
    return ["sh", "-c", MAIN_PROCESS.format(polls=int(first_server_wait_s * 10))]


def security_settings(limits: Limits, network: bool, volume: str | None = None) -> dict:
    """`containers.create` settings that make a sandbox safe by default (see DESIGN.md);
    `volume` is mounted at PERSIST_MOUNT (setuid files and devices stay inert there: no
    capabilities, no-new-privileges)."""
    uid = AGENT_UID
    tmpfs = "rw,nosuid,nodev,exec"
    settings = {
        "user": f"{uid}:{uid}",
        "cap_drop": ["ALL"],
        "security_opt": ["no-new-privileges"],
        "read_only": True,
        "tmpfs": {
            "/tmp": f"{tmpfs},size={limits.tmp_mb}m,mode=1777",
            WORKSPACE: f"{tmpfs},size={limits.workspace_mb}m,uid={uid},gid={uid},mode=0755",
        },
        "environment": {"HOME": WORKSPACE},  # the only writable places are /workspace and /tmp
        "pids_limit": limits.pids,
        "mem_limit": f"{limits.mem_mb}m",
        "memswap_limit": f"{limits.mem_mb}m",
        "nano_cpus": int(limits.cpus * 1e9),
    }
    if volume is not None:
        settings["volumes"] = {volume: {"bind": PERSIST_MOUNT, "mode": "rw"}}
    if not network:
        settings["network_mode"] = "none"
    return settings


def container_name(session_id: str) -> str:
    """A valid, unique container name that still shows which session it serves."""
    readable = re.sub(r"[^a-zA-Z0-9_.-]", "-", session_id)[:40].strip("-.")
    return f"loopwright-{readable}-{uuid.uuid4().hex[:6]}" if readable else (
        f"loopwright-{uuid.uuid4().hex[:12]}")


def remove_container(client: docker.DockerClient, container_id: str) -> None:
    """Force-remove a container (its tmpfs /workspace goes with it); gone already is fine."""
    # gone already, or the engine is unreachable at exit: the reaper removes it later
    with contextlib.suppress(DockerException, RequestException):
        client.api.remove_container(container_id, force=True)


class DockerSandbox(ServerSandbox):
    """An isolated sandbox: `with DockerSandbox(ensure_image()) as sb: sb.exec("ls")`."""

    def __init__(
        self,
        image: str,
        limits: Limits | None = None,
        network: bool = False,
        session_id: str | None = None,
        client: docker.DockerClient | None = None,
        volume: str | None = None,
    ) -> None:
        """`volume`: the session's workspace volume (volumes.ensure_volume), or None for a
        workspace that dies with the container."""
        super().__init__(limits)
        self.image = image
        self.network = network
        self.session_id = session_id or uuid.uuid4().hex[:12]
        self.volume = volume
        self.restored = 0
        """Entries the first server copied from the volume into /workspace (0: a new session)."""
        self._first_server = True
        self.container_id: str | None = None
        self._client = client or connect()
        try:
            self._start_container()
            self._start_server()
        except BaseException:
            self.close()
            raise

    def _start_container(self) -> None:
        name = container_name(self.session_id)
        try:
            with engine_call("starting a sandbox container"):
                container = self._client.containers.create(
                    self.image, main_command(), detach=True, init=True, auto_remove=True,
                    name=name, hostname="sandbox",
                    working_dir=WORKSPACE, labels=owner_labels(self.session_id),
                    **security_settings(self.limits, self.network, self.volume),
                )
            self.container_id = container.id[:12]
            self._remover = weakref.finalize(self, remove_container, self._client, self.container_id)
        except BaseException as exc:
            # a stop signal (or a lost connection) can land after the engine made the container
            # but before its id came back: only its name finds it, and a created container that
            # never starts never removes itself
            remove_container(self._client, name)
            if isinstance(exc, SandboxError) and isinstance(exc.__cause__, ImageNotFound):
                raise SandboxError(
                    f"sandbox image {self.image!r} is missing: build it with "
                    "`loopwright sandbox build` (or pass the tag ensure_image() returns)"
                ) from exc
            raise
        with engine_call("starting a sandbox container"):
            container.start()

    def _open_channel(self) -> ExecChannel:
        assert self.container_id is not None
        server = ["python3", "-c", SERVER_BOOTSTRAP, WORKSPACE, "--sweep",
                  "--orphan-grace-s", str(self.limits.orphan_grace_s)]
        if self.volume is not None:  # a revived server must not restore over newer files
            server += ["--persist", PERSIST_MOUNT] + (["--restore"] if self._first_server else [])
        return ExecChannel(self._client.api, self.container_id, server, WORKSPACE)

    def _server_ready(self, ready: dict) -> None:
        assert isinstance(self._channel, ExecChannel)
        self._channel.server_pid = ready.get("pid")
        if self._first_server:
            self.restored = ready.get("restored", 0)
            self._first_server = False

    def persist(self) -> dict:
        """Mirror /workspace into the session's volume now and wait for it (copied, removed)."""
        if self.volume is None:
            raise SandboxError("this sandbox has no workspace volume")
        reply = self._request("persist", wait_s=300.0)
        return {"copied": reply["copied"], "removed": reply["removed"], "errors": reply["errors"]}

    def reset(self) -> None:
        """Back to what a new container holds (server.py `Session.reset`), so the pool can hand
        it to the next run; a SandboxError when that failed (close it instead)."""
        self._request("reset", wait_s=30.0)

    def _state(self) -> dict | None:
        """The container's State as the engine reports it; None when it is gone."""
        assert self.container_id is not None
        try:
            with engine_call("inspecting a sandbox container"):
                return self._client.api.inspect_container(self.container_id)["State"]
        except SandboxError as exc:
            if isinstance(exc.__cause__, NotFound):
                return None
            raise

    def _describe_death(self) -> str:
        if self.container_id is None:
            return "the sandbox container was never started"
        state = self._state()
        if state is None:
            return f"sandbox container {self.container_id} is gone (removed); start a new sandbox"
        if state.get("Status") != "running":
            oom = " after running out of memory" if state.get("OOMKilled") else ""
            return (f"sandbox container {self.container_id} stopped{oom} "
                    f"(status {state.get('Status')}); start a new sandbox")
        tail = self._stderr_tail()
        return (f"the command server in sandbox {self.container_id} died"
                f"{': ' + tail if tail else ''}; close it and start a new sandbox")

    def _can_restart(self) -> bool:
        if self.container_id is None:
            return False
        state = self._state()
        return state is not None and state.get("Running") is True

    def close(self) -> None:
        """Stop the server and remove the container (and its /workspace with it)."""
        if self._closed:
            return
        # the last pass may still be to come; not while another thread's command runs (closing
        # is how that command is stopped): earlier commands were mirrored in the pauses between
        if self.volume is not None and self.alive and self._lock.acquire(blocking=False):
            try:
                with contextlib.suppress(SandboxError, OSError):
                    self.persist()
            finally:
                self._lock.release()
        self._closed = True
        self._stop_server(wait_s=0.0)  # removing the container ends the server anyway
        if self.container_id is not None:
            self._remover()

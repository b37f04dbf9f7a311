"""DockerSandbox: one locked-down container per session, driven by the command server.

The container's main process is `sleep infinity` under docker's init; the command server
is attached with `docker exec -i`. If our process dies, the server sees EOF and exits but
the container stays (labelled with its owner) until the reaper removes it — see labels.py.
"""

import atexit
import functools
import json
import re
import uuid

from loopwright.envs.sandbox.base import Limits, SandboxError
from loopwright.envs.sandbox.client import SERVER_BOOTSTRAP, ServerSandbox
from loopwright.envs.sandbox.engine import docker, docker_binary
from loopwright.envs.sandbox.image import AGENT_UID
from loopwright.envs.sandbox.labels import owner_labels, reap_orphans, remove_containers

WORKSPACE = "/workspace"


def security_args(limits: Limits, network: bool) -> list[str]:
    """The `docker run` flags that make a sandbox safe by default (see DESIGN.md)."""
    uid = AGENT_UID
    tmpfs = "rw,nosuid,nodev,exec"
    args = [
        "--user", f"{uid}:{uid}",
        "--cap-drop", "ALL",
        "--security-opt", "no-new-privileges",
        "--read-only",
        "--tmpfs", f"/tmp:{tmpfs},size={limits.tmp_mb}m,mode=1777",
        "--tmpfs", f"{WORKSPACE}:{tmpfs},size={limits.workspace_mb}m,uid={uid},gid={uid},mode=0755",
        "--env", f"HOME={WORKSPACE}",  # the only writable places are /workspace and /tmp
        "--pids-limit", str(limits.pids),
        "--memory", f"{limits.mem_mb}m",
        "--memory-swap", f"{limits.mem_mb}m",
        "--cpus", str(limits.cpus),
    ]
    if not network:
        args += ["--network", "none"]
    return args


def container_name(session_id: str) -> str:
    """A valid, unique container name that still shows which session it serves."""
    readable = re.sub(r"[^a-zA-Z0-9_.-]", "-", session_id)[:40].strip("-.")
    return f"loopwright-{readable}-{uuid.uuid4().hex[:6]}" if readable else (
        f"loopwright-{uuid.uuid4().hex[:12]}")


_unclosed: set[str] = set()
"""Containers of this process not closed yet: removed at interpreter exit (even when their
DockerSandbox was garbage-collected); a SIGKILLed process leaves them to the reaper."""


@atexit.register
def _remove_unclosed() -> None:
    remove_containers(sorted(_unclosed))


@functools.cache
def reap_at_startup() -> int:
    """Remove orphaned sandboxes once per process, before the first new one starts."""
    return len(reap_orphans())


class DockerSandbox(ServerSandbox):
    """An isolated sandbox: `with DockerSandbox(ensure_image()) as sb: sb.exec("ls")`."""

    def __init__(
        self,
        image: str,
        limits: Limits | None = None,
        network: bool = False,
        session_id: str | None = None,
    ) -> None:
        super().__init__(limits)
        self.image = image
        self.network = network
        self.session_id = session_id or uuid.uuid4().hex[:12]
        self.container_id: str | None = None
        reap_at_startup()
        self._start_container()
        try:
            self._start_server()
        except BaseException:
            self.close()
            raise

    def _start_container(self) -> None:
        labels = []
        for key, value in owner_labels(self.session_id).items():
            labels += ["--label", f"{key}={value}"]
        args = [
            "run", "-d", "--init", "--name", container_name(self.session_id),
            "--hostname", "sandbox", "--workdir", WORKSPACE, *labels,
            *security_args(self.limits, self.network), self.image, "sleep", "infinity",
        ]
        proc = docker(args, check=False)
        if proc.returncode != 0:
            message = proc.stderr.decode(errors="replace").strip()
            if "No such image" in message or "Unable to find image" in message:
                raise SandboxError(
                    f"sandbox image {self.image!r} is missing: build it with "
                    "`loopwright sandbox build` (or pass the tag ensure_image() returns)"
                )
            docker(["version"])  # raises the no-engine message when that is the cause
            raise SandboxError(f"could not start a sandbox container: {message}")
        self.container_id = proc.stdout.decode().strip()[:12]
        _unclosed.add(self.container_id)

    def _server_command(self) -> list[str]:
        assert self.container_id is not None
        return [docker_binary(), "exec", "-i", "-w", WORKSPACE, self.container_id,
                "python3", "-c", SERVER_BOOTSTRAP, WORKSPACE, "--sweep"]

    def _describe_death(self) -> str:
        if self.container_id is None:
            return "the sandbox container was never started"
        probe = docker(["inspect", "--format", "{{json .State}}", self.container_id], check=False)
        if probe.returncode != 0:
            return f"sandbox container {self.container_id} is gone (removed); start a new sandbox"
        state = json.loads(probe.stdout)
        tail = b"".join(self._stderr_tail).decode(errors="replace").strip()[-500:]
        if state.get("Status") != "running":
            oom = " after running out of memory" if state.get("OOMKilled") else ""
            return (f"sandbox container {self.container_id} stopped{oom} "
                    f"(status {state.get('Status')}); start a new sandbox")
        return (f"the command server in sandbox {self.container_id} died"
                f"{': ' + tail if tail else ''}; close it and start a new sandbox")

    def _can_restart(self) -> bool:
        if self.container_id is None:
            return False
        probe = docker(["inspect", "--format", "{{.State.Running}}", self.container_id],
                       check=False)
        return probe.stdout.decode().strip() == "true"

    def close(self) -> None:
        """Stop the server and remove the container (and its /workspace with it)."""
        if self._closed:
            return
        super().close()
        if self.container_id is not None:
            docker(["rm", "-f", self.container_id], check=False)
            _unclosed.discard(self.container_id)

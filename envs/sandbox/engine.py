"""The one door to the Docker engine: the `docker` CLI run as a subprocess.

Going through the CLI (not the Python SDK) keeps the dependency list short and means any
engine the user's `docker` talks to (contexts, DOCKER_HOST, rootless) works unchanged.
"""

import shutil
import subprocess
from collections.abc import Sequence

from loopwright.envs.sandbox.base import SandboxError

NO_ENGINE_HELP = (
    "no Docker engine answers: start it (`scripts/setup` installs docker.io and starts "
    "dockerd, or run `dockerd &` as root), or choose the unisolated local sandbox on purpose "
    "(LocalSandbox / --sandbox local)"
)


def docker_binary() -> str:
    """Path of the `docker` CLI, or a SandboxError that says how to get one."""
    path = shutil.which("docker")
    if path is None:
        raise SandboxError(f"the `docker` command is not installed; {NO_ENGINE_HELP}")
    return path


def docker(
    args: Sequence[str], *, input_bytes: bytes | None = None, timeout_s: float = 120.0,
    check: bool = True,
) -> subprocess.CompletedProcess[bytes]:
    """Run `docker ARGS`; a failure becomes a SandboxError carrying docker's own message."""
    cmd = [docker_binary(), *args]
    try:
        proc = subprocess.run(cmd, input=input_bytes, capture_output=True, timeout=timeout_s)
    except subprocess.TimeoutExpired as exc:
        raise SandboxError(f"`docker {args[0]}` did not answer within {timeout_s:.0f} s") from exc
    if check and proc.returncode != 0:
        message = proc.stderr.decode(errors="replace").strip()
        if "permission denied while trying to connect to the docker daemon" in message.lower():
            raise SandboxError(
                "the Docker engine refused this user: add it to the `docker` group "
                "(`sudo usermod -aG docker $USER`, then log in again) or run as root"
            )
        if "Cannot connect to the Docker daemon" in message or "docker daemon" in message.lower():
            raise SandboxError(NO_ENGINE_HELP)
        raise SandboxError(f"`docker {args[0]}` failed: {message or 'exit ' + str(proc.returncode)}")
    return proc


def engine_available() -> bool:
    """True when a Docker engine answers `docker version` within a few seconds."""
    try:
        docker(["version", "--format", "{{.Server.Version}}"], timeout_s=10.0)
    except SandboxError:
        return False
    return True


def require_engine() -> None:
    """Raise the clear no-engine error early, before any slow work starts."""
    if not engine_available():
        raise SandboxError(NO_ENGINE_HELP)

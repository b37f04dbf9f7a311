"""The sandbox seam: what tools may ask of the place they run in.

DockerSandbox (isolated, the default) and LocalSandbox (explicit opt-in, no isolation)
both satisfy `Sandbox`; tools and the agent only ever see this protocol.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

from pydantic import BaseModel, Field


class Limits(BaseModel):
    cpus: float = Field(1.0, gt=0)
    """CPU share of the container (docker --cpus)."""
    mem_mb: int = Field(1024, ge=16)
    """Memory cap; the OOM killer ends a command past it."""
    pids: int = Field(256, ge=8)
    """Process cap, so a fork bomb is contained."""
    timeout_s: float = Field(60.0, gt=0)
    """Wall-clock limit of a command that names none (the agent's tools name none unless the
    model asks); its whole process group is killed."""
    output_bytes: int = Field(1_000_000, ge=256)
    """Cap on stdout and stderr of one command; past it the output is cut and marked."""
    workspace_mb: int = Field(1024, ge=1)
    """Size of the writable /workspace (a tmpfs, counted against mem_mb as it fills)."""
    tmp_mb: int = Field(256, ge=1)
    """Size of the writable /tmp (a tmpfs)."""
    orphan_grace_s: float = Field(5.0, gt=0)
    """Docker: how long a container outlives its owner's connection (the owner died) before it
    stops itself and is removed; a reviving owner reattaches well within it."""


@dataclass(slots=True)
class ExecResult:
    exit_code: int
    stdout: str
    stderr: str
    timed_out: bool = False
    truncated: bool = False
    duration_s: float = 0.0
    timeout_s: float | None = None
    """The wall-clock limit the command ran under (what a timed-out command was killed at)."""


class SandboxError(RuntimeError):
    """The sandbox itself failed (engine gone, container died); the message says what to do."""


@runtime_checkable
class Sandbox(Protocol):
    def exec(
        self,
        cmd: str,
        timeout_s: float | None = None,
        stdin: str | None = None,
        env: dict[str, str] | None = None,
        cwd: str | None = None,
    ) -> ExecResult: ...

    def write_file(self, path: str, content: str | bytes) -> None: ...

    def read_file(self, path: str) -> bytes: ...

    def upload(self, host_path: str | Path, dest: str = "/workspace") -> None: ...

    def download(self, path: str, host_dest: str | Path) -> Path: ...

    def close(self) -> None: ...

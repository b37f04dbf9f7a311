"""Making a run's sandbox: Docker (isolated, default) or local, with an optional host folder.

With `workspace`, a local sandbox works in that folder directly; a Docker sandbox gets a
copy of its files in /workspace and the folder receives /workspace back when the run ends.
"""

import shutil
import tempfile
from pathlib import Path
from typing import Literal

from loopwright.envs.sandbox.base import Limits, Sandbox

WORKSPACE = "/workspace"


class SandboxFactory:
    def __init__(self, kind: Literal["docker", "local"], workspace: str | Path | None = None) -> None:
        if kind not in ("docker", "local"):
            raise ValueError(f"sandbox must be 'docker' or 'local', got {kind!r}")
        self.kind = kind
        self.workspace = Path(workspace).resolve() if workspace else None
        if self.workspace is not None and not self.workspace.is_dir():
            raise ValueError(f"workspace {self.workspace} is not a directory")
        self._image: str | None = None

    def create(self, image: str | None, limits: Limits | None, session_id: str) -> Sandbox:
        if self.kind == "local":
            from loopwright.envs.sandbox import LocalSandbox

            return LocalSandbox(limits=limits, workdir=self.workspace)
        from loopwright.envs.sandbox import DockerSandbox, ensure_image

        if image is None and self._image is None:
            self._image = ensure_image(quiet=True)
        sandbox = DockerSandbox(image or self._image, limits=limits, session_id=session_id[:12])
        if self.workspace is not None:
            for child in sorted(self.workspace.iterdir()):
                sandbox.upload(child, WORKSPACE)
        return sandbox

    def save_workspace(self, sandbox: Sandbox) -> None:
        """Copies a Docker sandbox's /workspace back into the host workspace folder."""
        if self.kind != "docker" or self.workspace is None:
            return
        with tempfile.TemporaryDirectory(prefix="loopwright-ws-") as tmp:
            copied = sandbox.download(WORKSPACE, tmp)
            shutil.copytree(copied, self.workspace, dirs_exist_ok=True)

"""Sandboxes: where tools act. Docker by default; a local subprocess only on purpose.

`SandboxManager` owns the sandboxes of a process (one per session, pooled for Docker);
`DockerSandbox` / `LocalSandbox` are the two backends behind the `Sandbox` protocol.
"""

from loopwright.envs.sandbox.base import ExecResult, Limits, Sandbox, SandboxError
from loopwright.envs.sandbox.docker import DockerSandbox
from loopwright.envs.sandbox.image import ImageRecipe, build_from, ensure_image
from loopwright.envs.sandbox.local import LocalSandbox, LocalUnsafeWarning
from loopwright.envs.sandbox.manager import (
    SandboxEvent,
    SandboxKind,
    SandboxManager,
    SandboxRequest,
)
from loopwright.envs.sandbox.pool import SandboxPool

__all__ = [
    "DockerSandbox", "ExecResult", "ImageRecipe", "Limits", "LocalSandbox", "LocalUnsafeWarning",
    "Sandbox", "SandboxError", "SandboxEvent", "SandboxKind", "SandboxManager", "SandboxPool",
    "SandboxRequest", "build_from", "ensure_image",
]

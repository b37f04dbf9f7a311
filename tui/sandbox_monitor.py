"""Watches the agent's lazily created sandbox so the status bar can show its state."""

from collections.abc import Callable
from typing import Literal

from loopwright.envs.sandbox.base import Sandbox

SandboxState = Literal["none", "starting", "ready", "failed", "closed"]


class SandboxMonitor:
    """Wraps the sandbox factory given to `build_graph`; reports each state change.

    `listener` is called from whichever thread creates the sandbox (a graph node thread).
    """

    def __init__(self, factory: Callable[[], Sandbox], kind: str) -> None:
        self._factory = factory
        self.kind = kind
        """'docker' or 'local', shown next to the state."""
        self.state: SandboxState = "none"
        self.listener: Callable[[SandboxState], None] | None = None

    def set_state(self, state: SandboxState) -> None:
        self.state = state
        if self.listener is not None:
            self.listener(state)

    def create(self) -> Sandbox:
        """The factory to hand to the graph."""
        self.set_state("starting")
        try:
            sandbox = self._factory()
        except Exception:
            self.set_state("failed")
            raise
        self.set_state("ready")
        return sandbox

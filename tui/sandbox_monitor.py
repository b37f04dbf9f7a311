"""Watches the chat's sandboxes so the status bar can show their state."""

from collections.abc import Callable
from typing import Literal

SandboxState = Literal["none", "starting", "ready", "failed", "closed"]


class SandboxMonitor:
    """Listens to the SandboxManager (`on_state=monitor.on_sandbox_event`); reports each change.

    `listener` is called from whichever thread starts the sandbox (a graph node thread).
    """

    def __init__(self, kind: str) -> None:
        self.kind = kind
        """'docker' or 'local', shown next to the state."""
        self.state: SandboxState = "none"
        self.listener: Callable[[SandboxState], None] | None = None

    def set_state(self, state: SandboxState) -> None:
        self.state = state
        if self.listener is not None:
            self.listener(state)

    def on_sandbox_event(self, session_id: str, event: SandboxState) -> None:
        """The manager's callback: a session's sandbox is starting, ready, failed or closed."""
        self.set_state(event)

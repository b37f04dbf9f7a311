"""Sandboxes of running threads, kept outside the graph state.

A sandbox holds a live container, which no checkpointer can serialise, so the graph keeps
it here, keyed by thread id, created on a thread's first tool call and closed explicitly.
"""

import threading
from collections.abc import Callable

from loopwright.envs.sandbox.base import Sandbox

_lock = threading.Lock()
_sandboxes: dict[str, Sandbox] = {}


def sandbox_for(thread_id: str, factory: Callable[[], Sandbox]) -> Sandbox:
    """The thread's sandbox, made by `factory` the first time it is needed."""
    with _lock:
        sandbox = _sandboxes.get(thread_id)
        if sandbox is None:
            sandbox = _sandboxes[thread_id] = factory()
        return sandbox


def peek_sandbox(thread_id: str) -> Sandbox | None:
    """The thread's sandbox if one was made, without making one."""
    with _lock:
        return _sandboxes.get(thread_id)


def close_sandboxes(thread_id: str | None = None) -> None:
    """Close the sandbox of one thread, or of every thread when thread_id is None."""
    with _lock:
        ids = list(_sandboxes) if thread_id is None else [thread_id]
        closing = [_sandboxes.pop(i) for i in ids if i in _sandboxes]
    for sandbox in closing:
        sandbox.close()

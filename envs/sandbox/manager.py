"""SandboxManager: the one owner of every sandbox a process runs.

A sandbox holds a live container (or a local server process), which no checkpointer can
serialise, so the agent keeps it here, keyed by session (thread) id: made on a session's
first tool call, handed back ready from a pool of pre-started containers when the run
asks for what the pool holds, and, when the run ends, given back to the pool (reset for the
next run: pool.py) or closed. With a host `workspace`, a
local sandbox works in that folder directly; a Docker sandbox gets a copy of its files in
/workspace and `release` copies /workspace back. Closing the manager removes everything.
Told which runs are coming (`expect`), the pool starts for them at once and never starts
more containers than they will take.

With `keep_workspaces` (sessions that can be resumed: `loopwright run --session ID`), a
Docker session's /workspace is mirrored into its named volume (volumes.py) and a new
container of the same session id starts with those files: a crash loses at most the
command in flight. Such sandboxes start cold (a pooled container has no volume). The volume
stays while the session may be resumed; `release` removes it only once the files went back
to a host `workspace`, which is then the session's copy; `loopwright sandbox prune` removes
old ones.

    with SandboxManager("docker", pool_size=2) as sandboxes:
        request = SandboxRequest(limits=Limits(mem_mb=512))
        sandboxes.expect([request] * 4)  # four runs: at most four containers, starting now
        sandbox = sandboxes.sandbox_for("run-1", request)
        ...
        sandboxes.release("run-1")
"""

import shutil
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import docker

from loopwright.envs.sandbox.base import Limits, Sandbox
from loopwright.envs.sandbox.docker import DockerSandbox
from loopwright.envs.sandbox.engine import connect
from loopwright.envs.sandbox.image import ensure_image
from loopwright.envs.sandbox.labels import reap_orphans
from loopwright.envs.sandbox.local import LocalSandbox
from loopwright.envs.sandbox.pool import SandboxPool
from loopwright.envs.sandbox.volumes import ensure_volume, remove_session_volume

SandboxKind = Literal["docker", "local"]
SandboxEvent = Literal["starting", "ready", "failed", "closed"]
WORKSPACE = "/workspace"


@dataclass(frozen=True, slots=True)
class SandboxRequest:
    """What one run asks of its sandbox; None takes the manager's default."""

    image: str | None = None
    """Docker image tag (a task's own image); None: the manager's (the built sandbox image)."""
    limits: Limits | None = None
    """Limits of the container and its commands; None: the manager's."""
    setup: Callable[[Sandbox], None] | None = None
    """Prepares a new sandbox (files, packages) before the session gets it."""


Starter = Callable[[SandboxRequest, str], Sandbox]
"""Starts a cold sandbox for (request, session id)."""


class SandboxManager:
    """Hands out one sandbox per session id; pooled for Docker, cold for other requests."""

    def __init__(
        self,
        kind: SandboxKind = "docker",
        *,
        pool_size: int = 2,
        image: str | None = None,
        limits: Limits | None = None,
        workspace: str | Path | None = None,
        on_state: Callable[[str, SandboxEvent], None] | None = None,
        starter: Starter | None = None,
        keep_workspaces: bool = False,
    ) -> None:
        """`starter` replaces the kind's own cold start (a test's fake sandbox); never pooled.
        `keep_workspaces`: Docker sessions keep /workspace in a volume across containers."""
        if kind not in ("docker", "local"):
            raise ValueError(f"sandbox must be 'docker' or 'local', got {kind!r}")
        if pool_size < 0:
            raise ValueError(f"pool size must be 0 or more, got {pool_size}")
        self.kind = kind
        self.pool_size = pool_size if kind == "docker" and starter is None and not keep_workspaces else 0
        """Containers kept started ahead of time (0 for local sandboxes, custom starters and
        kept workspaces: a pooled container has no session volume)."""
        self.limits = limits or Limits()
        self.workspace = Path(workspace).resolve() if workspace else None
        if self.workspace is not None and not self.workspace.is_dir():
            raise ValueError(f"workspace {self.workspace} is not a directory")
        self.keep_workspaces = keep_workspaces and kind == "docker"
        """Docker sessions' /workspace outlives their container (in a named volume)."""
        self._image = image
        self._on_state = on_state
        self._starter = starter
        self._client: docker.DockerClient | None = None
        """The Docker SDK client, connected (and orphans reaped) on first need."""
        self._pool: SandboxPool | None = None
        """Pre-started containers for `_pool_key`, started by `warm`."""
        self._pool_key: tuple[str, Limits] | None = None
        self._lenders: dict[int, SandboxPool] = {}
        """The pool each pooled sandbox (by id) came from, which takes it back when its session ends."""
        self._sessions: dict[str, Sandbox] = {}
        self._session_locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()
        self._closed = False

    # --- handing out -------------------------------------------------------------------
    def sandbox_for(self, session_id: str, request: SandboxRequest | None = None) -> Sandbox:
        """The session's sandbox, made (pooled when it can be) the first time it is asked for."""
        request = request or SandboxRequest()
        with self._lock:
            if self._closed:
                raise RuntimeError("this SandboxManager is closed")
            sandbox = self._sessions.get(session_id)
            if sandbox is not None:
                return sandbox
            session_lock = self._session_locks.setdefault(session_id, threading.Lock())
        with session_lock:  # sessions start in parallel; one session's start happens once
            sandbox = self.peek(session_id)
            if sandbox is None:
                sandbox = self._start(session_id, request)
                with self._lock:
                    self._sessions[session_id] = sandbox
        return sandbox

    def peek(self, session_id: str) -> Sandbox | None:
        """The session's sandbox if one was made, without making one."""
        with self._lock:
            return self._sessions.get(session_id)

    def _start(self, session_id: str, request: SandboxRequest) -> Sandbox:
        self._emit(session_id, "starting")
        try:
            sandbox = self._new_sandbox(session_id, request)
            try:
                self._copy_workspace_in(sandbox)
                if request.setup is not None:
                    request.setup(sandbox)
            except BaseException:
                self._dispose(sandbox)
                raise
        except BaseException:
            self._emit(session_id, "failed")
            raise
        self._emit(session_id, "ready")
        return sandbox

    def _new_sandbox(self, session_id: str, request: SandboxRequest) -> Sandbox:
        if self._starter is not None:
            return self._starter(request, session_id)
        limits = request.limits or self.limits
        if self.kind == "local":
            return LocalSandbox(limits=limits, workdir=self.workspace)
        key = self._key(request)
        if self.keep_workspaces:
            image, limits = key
            client = self._docker_client()
            return DockerSandbox(image, limits=limits, session_id=session_id[:12], client=client,
                                 volume=ensure_volume(client, session_id))
        if self._pool is None:
            self.warm(request)  # the first run's sandbox decides what the pool holds
        with self._lock:
            pool = self._pool if key == self._pool_key else None
        if pool is not None:
            sandbox = pool.acquire(session_id[:12])
            with self._lock:
                self._lenders[id(sandbox)] = pool
            return sandbox
        image, limits = key
        return DockerSandbox(image, limits=limits, session_id=session_id[:12],
                             client=self._docker_client())

    # --- the pool ----------------------------------------------------------------------
    def expect(self, requests: Sequence[SandboxRequest]) -> None:
        """The coming runs' requests, one per run: warm the pool for the first, now, with a budget.

        The pool then never starts more containers than there are runs asking for what it
        holds (a run that never asks for its sandbox leaves one unused). Batch, eval and
        each rollout step call this before their first run; without it the pool keeps
        `pool_size` ready for as long as the manager lives (chat).
        """
        if self.pool_size == 0 or not requests:
            return
        key = self._key(requests[0])
        self.warm(requests[0], runs=sum(self._key(r) == key for r in requests))

    def warm(self, request: SandboxRequest | None = None, runs: int | None = None) -> None:
        """Keep `pool_size` containers for `request`'s image and limits started ahead.

        `runs`: how many more sandboxes of this kind will be asked for; the pool starts no
        more than that (None: no limit). One pool per manager: warming for another image
        or limits replaces it. Runs that ask for something else start cold. Without a call,
        the first Docker sandbox handed out warms the pool for its own request. A no-op
        for local sandboxes and pool size 0.
        """
        if self.pool_size == 0:
            return
        key = self._key(request or SandboxRequest())
        with self._lock:
            if self._closed:
                return
            if key == self._pool_key:
                if runs is not None:
                    self._pool.expect(runs)
                return
            old, self._pool_key = self._pool, key
            self._pool = SandboxPool(key[0], size=self.pool_size, limits=key[1], runs=runs,
                                     client=self._docker_client())
        if old is not None:
            old.close()

    def _key(self, request: SandboxRequest) -> tuple[str, Limits]:
        """The (image, limits) a Docker request starts with: what a pooled container must match."""
        return request.image or self.default_image(), request.limits or self.limits

    @property
    def pool(self) -> SandboxPool | None:
        """The current SandboxPool, or None before `warm` (for reports and tests)."""
        return self._pool

    def default_image(self) -> str:
        """The image of requests that name none: the given one, or the built sandbox image."""
        if self._image is None:
            self._image = ensure_image(quiet=True)
        return self._image

    def _docker_client(self) -> docker.DockerClient:
        if self._client is None:
            self._client = connect()
            reap_orphans(self._client)  # before our first container: leftovers of dead owners
        return self._client

    # --- workspace ---------------------------------------------------------------------
    def _copy_workspace_in(self, sandbox: Sandbox) -> None:
        """The host workspace into a new Docker sandbox, unless its volume brought newer files
        (the session crashed before they went back to the host)."""
        if getattr(sandbox, "restored", 0):
            return
        if self.kind == "docker" and self.workspace is not None:
            for child in sorted(self.workspace.iterdir()):
                sandbox.upload(child, WORKSPACE)

    def _copy_workspace_out(self, sandbox: Sandbox) -> None:
        """A Docker sandbox's /workspace back into the host workspace folder."""
        if self.kind != "docker" or self.workspace is None:
            return
        with tempfile.TemporaryDirectory(prefix="loopwright-ws-") as tmp:
            copied = sandbox.download(WORKSPACE, tmp)
            shutil.copytree(copied, self.workspace, dirs_exist_ok=True)

    # --- closing -----------------------------------------------------------------------
    def release(self, session_id: str) -> None:
        """The session is over: its /workspace goes back to the host folder, then it closes."""
        sandbox = self.peek(session_id)
        if sandbox is None:
            return
        try:
            self._copy_workspace_out(sandbox)
        finally:
            self.close_session(session_id)
        if self.keep_workspaces and self.workspace is not None:  # the host folder holds them now
            remove_session_volume(self._docker_client(), session_id)

    def close_session(self, session_id: str) -> None:
        """Close one session's sandbox (a dead one too); its next tool call makes a new one."""
        with self._lock:
            sandbox = self._sessions.pop(session_id, None)
            self._session_locks.pop(session_id, None)
        if sandbox is not None:
            try:
                self._dispose(sandbox)
            finally:
                self._emit(session_id, "closed")

    def _dispose(self, sandbox: Sandbox) -> None:
        """A session's sandbox is done with: back to the pool it came from, else closed."""
        with self._lock:
            pool = self._lenders.pop(id(sandbox), None)
            closing = self._closed
        if pool is None or closing:  # a manager closing removes everything at once
            sandbox.close()
        else:
            pool.give_back(sandbox)

    def close(self) -> None:
        """Close every session's sandbox and the pool's containers."""
        with self._lock:
            self._closed = True
            sessions = list(self._sessions)
            pool, self._pool, self._pool_key = self._pool, None, None
        for session_id in sessions:
            self.close_session(session_id)
        if pool is not None:
            pool.close()

    def __enter__(self) -> "SandboxManager":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _emit(self, session_id: str, event: SandboxEvent) -> None:
        if self._on_state is not None:
            self._on_state(session_id, event)

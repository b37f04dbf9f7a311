"""SandboxPool: containers started ahead of time so a session gets one at once.

A cold DockerSandbox costs a container start plus the server's start (about a second
here); a pooled one costs a queue pop. A background thread starts sandboxes one at a
time until `size` are ready and refills after each acquire; `size=0` disables
pre-starting (every acquire is cold).

Two rules keep the pool from costing more than it saves on a small machine:

- a budget: told how many acquires are still to come (`runs`, or `expect`), the pool
  never has more sandboxes ready or starting than that, so an eval of 4 runs starts 4
  containers, not 4 plus a refill per run that nobody takes;
- no double starts: an acquire that finds nothing ready while the filler is starting
  one waits for that one (at most START_TIMEOUT_S) instead of starting a second in
  parallel; it starts cold only when no start is coming or another acquire already
  waits for it.

A sandbox handed out comes back through `give_back` when its run ends: reset to what a new
container holds (every process gone, /workspace and /tmp emptied, the shell state as at
start) and ready for the next acquire, while runs are still to come or fewer than `size`
are ready. With a budget, sandboxes handed out count as coming back, so an eval of 16 runs
at concurrency 8 starts 8 containers, not 16: a start and a removal cost the Docker engine
~0.25 CPU-s, a reset one request. One that died, or whose reset failed, is closed.
"""

import threading
import time
import uuid
from collections import deque
from collections.abc import Callable

import docker

from loopwright.envs.sandbox.base import Limits, SandboxError
from loopwright.envs.sandbox.client import START_TIMEOUT_S
from loopwright.envs.sandbox.docker import DockerSandbox
from loopwright.envs.sandbox.engine import connect

RETRY_AFTER_FAILURE_S = 2.0
"""Pause of the filler after a failed start (no engine, image missing) before it tries again."""


class SandboxPool:
    """`pool = SandboxPool(image, size=2); sb = pool.acquire(); ...; sb.close(); pool.close()`."""

    def __init__(
        self, image: str, size: int = 2, limits: Limits | None = None, network: bool = False,
        client: docker.DockerClient | None = None, runs: int | None = None,
        start: Callable[[str], DockerSandbox] | None = None,
    ) -> None:
        """`runs`: acquires still to come (None: no end in sight, keep `size` ready).

        `start` replaces the Docker start of one sandbox for a session id (a test's
        counting or slow starter); the default starts a DockerSandbox of `image`.
        """
        if size < 0:
            raise ValueError(f"pool size must be 0 or more, got {size}")
        self._check_runs(runs)
        self.image = image
        self.size = size
        self.limits = limits or Limits()
        self.network = network
        if start is None:
            self._client = client or connect()
        self._start = start or self._start_docker
        self._ready: deque[DockerSandbox] = deque()
        self._starting = 0
        """Starts in flight in the filler (0 or 1: it starts one at a time)."""
        self._waiting = 0
        """Acquires waiting for the start in flight."""
        self._lent = 0
        """Sandboxes handed out and not given back or closed yet (they come back, reset)."""
        self._runs_left = runs
        self._failing = False
        """The filler's last start failed and it is pausing before the next."""
        self._closed = False
        self._changed = threading.Condition()
        """Guards the fields above; notified whenever one of them changes."""
        self.started = 0
        """Sandboxes the filler started (for reports: with a budget, at most the runs)."""
        self.reused = 0
        """Sandboxes given back, reset and made ready again (for reports and tests)."""
        self.last_error: SandboxError | None = None
        """The latest failure of the filler (acquire falls back to a cold start)."""
        self._filler = threading.Thread(target=self._fill, name="sandbox-pool", daemon=True)
        if size:
            self._filler.start()

    @staticmethod
    def _check_runs(runs: int | None) -> None:
        if runs is not None and runs < 0:
            raise ValueError(f"runs to come must be 0 or more, got {runs}")

    def expect(self, runs: int | None) -> None:
        """`runs` acquires are still to come (None: no limit); the pool starts no more than that."""
        self._check_runs(runs)
        with self._changed:
            self._runs_left = runs
            self._changed.notify_all()

    # --- the filler --------------------------------------------------------------------
    def _start_docker(self, session_id: str) -> DockerSandbox:
        return DockerSandbox(self.image, limits=self.limits, network=self.network,
                             session_id=session_id, client=self._client)

    def _wanted(self) -> int:
        """Starts the pool still needs (caller holds the lock): the target less ready and
        starting. With a budget the target is the runs to come, at most the runs that can
        start before a sandbox comes back: `size` (callers size the pool by their
        concurrency) less those handed out."""
        if self._runs_left is None:
            return self.size - len(self._ready) - self._starting
        return min(self.size - self._lent, self._runs_left) - len(self._ready) - self._starting

    def _start_coming(self) -> bool:
        """Whether the filler is starting a sandbox or is about to (caller holds the lock)."""
        return self._starting > 0 or (self._wanted() > 0 and not self._failing)

    def _fill(self) -> None:
        while True:
            with self._changed:
                self._changed.wait_for(lambda: self._closed or self._wanted() > 0)
                if self._closed:
                    return
                self._starting += 1
                self._failing = False
            sandbox: DockerSandbox | None = None
            try:
                sandbox = self._start(f"pool-{uuid.uuid4().hex[:8]}")
            except SandboxError as exc:
                self.last_error = exc
            finally:  # an unexpected error still ends the start, so no acquire waits for it
                closed = self._finish_start(sandbox)
            if closed:
                if sandbox is not None:
                    sandbox.close()
                return
            if sandbox is None:
                with self._changed:
                    if self._changed.wait_for(lambda: self._closed, RETRY_AFTER_FAILURE_S):
                        return

    def _finish_start(self, sandbox: DockerSandbox | None) -> bool:
        """Book the filler's start (None: it failed) and wake waiters; whether the pool closed."""
        with self._changed:
            self._starting -= 1
            if sandbox is not None and not self._closed:
                self.started += 1
                self._ready.append(sandbox)
            self._failing = sandbox is None
            self._changed.notify_all()
            return self._closed

    # --- handing out -------------------------------------------------------------------
    def acquire(self, session_id: str | None = None) -> DockerSandbox:
        """A started sandbox for the caller, who gives it back (or closes it); cold if none
        is ready or coming.

        A pooled container keeps the `pool-…` session label it was started with; a cold
        one is labelled with `session_id`. Each call counts as one of the runs expected.
        """
        dead: list[DockerSandbox] = []
        with self._changed:
            sandbox = self._take(dead)
        for gone in dead:
            gone.close()
        sandbox = sandbox or self._start(session_id or uuid.uuid4().hex[:12])
        with self._changed:
            self._lent += 1
        return sandbox

    def give_back(self, sandbox: DockerSandbox) -> None:
        """`sandbox` (from `acquire`) is done with: reset, it is ready for the next acquire
        while runs are still to come or fewer than `size` are ready; else it is closed."""
        reusable = self.size > 0 and not self._closed and sandbox.alive
        if reusable:
            try:
                sandbox.reset()
            except (SandboxError, OSError):
                reusable = False
        with self._changed:
            self._lent -= 1
            wanted = max(self.size, self._runs_left or 0)
            reusable = reusable and not self._closed and len(self._ready) < wanted
            if reusable:
                self._ready.append(sandbox)
                self.reused += 1
            self._changed.notify_all()
        if not reusable:
            sandbox.close()

    def _take(self, dead: list[DockerSandbox]) -> DockerSandbox | None:
        """A live ready sandbox, waiting for the start in flight if no other acquire does;
        None: start cold. Dead ready ones go to `dead`. The caller holds the lock."""
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            while not self._ready and not self._closed and self._start_coming() and not self._waiting:
                left_s = deadline - time.monotonic()
                if left_s <= 0:
                    break
                self._waiting += 1
                self._changed.wait(left_s)
                self._waiting -= 1
            if self._closed:
                raise SandboxError("this sandbox pool is closed")
            sandbox = self._ready.popleft() if self._ready else None
            self._changed.notify_all()  # the filler may start the next one
            if sandbox is None or sandbox.alive:
                if self._runs_left:
                    self._runs_left -= 1  # this run is served: one fewer to start for
                return sandbox
            dead.append(sandbox)

    @property
    def ready(self) -> int:
        """How many sandboxes are started and waiting."""
        with self._changed:
            return len(self._ready)

    def close(self) -> None:
        """Stop refilling and remove the sandboxes nobody acquired."""
        with self._changed:
            self._closed = True
            self._changed.notify_all()
        if self._filler.is_alive():
            self._filler.join(timeout=120.0)  # a start in flight finishes, then closes itself
        with self._changed:
            idle, self._ready = list(self._ready), deque()
        for sandbox in idle:
            sandbox.close()

    def __enter__(self) -> "SandboxPool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

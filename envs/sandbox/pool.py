"""SandboxPool: containers started ahead of time so a session gets one at once.

A cold DockerSandbox costs `docker run` plus the server's start (about a second here);
a pooled one costs a queue pop. A background thread keeps `size` sandboxes ready and
refills after each acquire; `size=0` disables pre-starting (every acquire is cold).
"""

import queue
import threading
import uuid

import docker

from loopwright.envs.sandbox.base import Limits, SandboxError
from loopwright.envs.sandbox.docker import DockerSandbox
from loopwright.envs.sandbox.engine import connect


class SandboxPool:
    """`pool = SandboxPool(image, size=2); sb = pool.acquire(); ...; sb.close(); pool.close()`."""

    def __init__(
        self, image: str, size: int = 2, limits: Limits | None = None, network: bool = False,
        client: docker.DockerClient | None = None,
    ) -> None:
        if size < 0:
            raise ValueError(f"pool size must be 0 or more, got {size}")
        self._client = client or connect()
        self.image = image
        self.size = size
        self.limits = limits or Limits()
        self.network = network
        self._ready: queue.Queue[DockerSandbox] = queue.Queue()
        self._wanted = threading.Semaphore(size)
        self._closed = threading.Event()
        self.last_error: SandboxError | None = None
        """The latest failure of the refill thread (acquire falls back to a cold start)."""
        self._filler = threading.Thread(target=self._fill, name="sandbox-pool", daemon=True)
        if size:
            self._filler.start()

    def _new(self, session_id: str) -> DockerSandbox:
        return DockerSandbox(self.image, limits=self.limits, network=self.network,
                             session_id=session_id, client=self._client)

    def _fill(self) -> None:
        while True:
            self._wanted.acquire()
            if self._closed.is_set():
                return
            try:
                sandbox = self._new(f"pool-{uuid.uuid4().hex[:8]}")
            except SandboxError as exc:
                self.last_error = exc
                self._wanted.release()
                if self._closed.wait(2.0):
                    return
                continue
            if self._closed.is_set():
                sandbox.close()
                return
            self._ready.put(sandbox)

    def acquire(self, session_id: str | None = None) -> DockerSandbox:
        """A started sandbox, owned by the caller (who closes it); cold if none is ready.

        A pooled container keeps the `pool-…` session label it was started with; a cold
        one is labelled with `session_id`.
        """
        if self._closed.is_set():
            raise SandboxError("this sandbox pool is closed")
        while True:
            try:
                sandbox = self._ready.get_nowait()
            except queue.Empty:
                return self._new(session_id or uuid.uuid4().hex[:12])
            self._wanted.release()
            if sandbox.alive:
                return sandbox
            sandbox.close()

    @property
    def ready(self) -> int:
        """How many sandboxes are started and waiting."""
        return self._ready.qsize()

    def close(self) -> None:
        """Stop refilling and remove the sandboxes nobody acquired."""
        self._closed.set()
        self._wanted.release()
        if self._filler.is_alive():
            self._filler.join(timeout=120.0)  # a start in flight finishes, then closes itself
        while True:
            try:
                self._ready.get_nowait().close()
            except queue.Empty:
                break

    def __enter__(self) -> "SandboxPool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

"""Byte channels to a running command server: what `ServerSandbox` writes to and reads from.

The server speaks JSON lines on stdin/stdout and logs on stderr. A channel hides how
those streams reach us: `PipeChannel` for a plain subprocess (the local backend), and
`docker_exec.ExecChannel` for the attached socket of a Docker exec. Both feed reply
lines into a queue from one reader thread, so waiting for a reply with a deadline is a
queue get, not a thread per reply.
"""

import queue
import subprocess
import threading
from collections import deque
from typing import Protocol

END_OF_STREAM = b""
"""Put on the reply queue when the server's stdout closes."""


class ServerChannel(Protocol):
    """One attached command server."""

    def send(self, data: bytes) -> None:
        """Write to the server's stdin; OSError when it is gone."""

    def reply_line(self, timeout_s: float) -> bytes | None:
        """The next stdout line; END_OF_STREAM when closed, None past the timeout."""

    @property
    def alive(self) -> bool: ...

    def stderr_tail(self) -> str:
        """The server's last words on stderr (for error messages)."""

    def kill(self) -> None:
        """End the server now (it stopped answering)."""

    def close(self, wait_s: float) -> None:
        """Close stdin and give the server `wait_s` to exit, then end it."""


class LineCollector:
    """Splits a byte stream into lines on a queue; keeps a bounded tail of a log stream."""

    def __init__(self) -> None:
        self.lines: queue.Queue[bytes] = queue.Queue()
        self._partial = bytearray()
        self.log: deque[bytes] = deque(maxlen=50)
        self.ended = threading.Event()

    def feed_stdout(self, data: bytes) -> None:
        self._partial += data
        while (cut := self._partial.find(b"\n")) >= 0:
            self.lines.put(bytes(self._partial[: cut + 1]))
            del self._partial[: cut + 1]

    def feed_stderr(self, data: bytes) -> None:
        self.log.append(data)

    def end(self) -> None:
        self.ended.set()
        self.lines.put(END_OF_STREAM)

    def next_line(self, timeout_s: float) -> bytes | None:
        try:
            return self.lines.get(timeout=max(0.0, timeout_s))
        except queue.Empty:
            return END_OF_STREAM if self.ended.is_set() else None

    def tail(self) -> str:
        return b"".join(self.log).decode(errors="replace").strip()[-500:]


class PipeChannel:
    """A command server started as a subprocess with stdin/stdout/stderr pipes."""

    def __init__(self, command: list[str]) -> None:
        self._proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE)
        self._collector = LineCollector()
        threading.Thread(target=self._read_stdout, daemon=True).start()
        threading.Thread(target=self._read_stderr, daemon=True).start()

    def _read_stdout(self) -> None:
        assert self._proc.stdout is not None
        for chunk in iter(lambda: self._proc.stdout.read1(65536), b""):
            self._collector.feed_stdout(chunk)
        self._collector.end()

    def _read_stderr(self) -> None:
        assert self._proc.stderr is not None
        for line in self._proc.stderr:
            self._collector.feed_stderr(line)

    def send(self, data: bytes) -> None:
        assert self._proc.stdin is not None
        self._proc.stdin.write(data)
        self._proc.stdin.flush()

    def reply_line(self, timeout_s: float) -> bytes | None:
        return self._collector.next_line(timeout_s)

    @property
    def alive(self) -> bool:
        return self._proc.poll() is None

    def stderr_tail(self) -> str:
        return self._collector.tail()

    def kill(self) -> None:
        self._proc.kill()

    def close(self, wait_s: float) -> None:
        try:
            assert self._proc.stdin is not None
            self._proc.stdin.close()
        except OSError:
            pass
        try:
            self._proc.wait(timeout=wait_s)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()

"""The command server of a container, attached through the engine API's exec socket.

`exec_create(stdin=True)` + `exec_start(socket=True)` hand back the raw connection the
engine upgraded for the exec: we write the server's stdin to it, and read stdout and
stderr multiplexed in frames (no tty), each an 8-byte header — stream id, three zero
bytes, big-endian payload length — then the payload.
"""

import contextlib
import socket
import struct
import threading

import docker

from loopwright.envs.sandbox.base import SandboxError
from loopwright.envs.sandbox.channel import LineCollector
from loopwright.envs.sandbox.engine import engine_call

FRAME_HEADER = struct.Struct(">BxxxL")
"""Stream id (1 stdout, 2 stderr) and payload length of one frame."""
STDOUT, STDERR = 1, 2


class ExecChannel:
    """One `python3 -c SERVER` exec in a running container, over its attached socket."""

    def __init__(self, api: docker.APIClient, container_id: str, command: list[str],
                 workdir: str) -> None:
        self._api = api
        self._container_id = container_id
        with engine_call("attaching the sandbox's command server"):
            self._exec_id = api.exec_create(container_id, command, stdin=True, stdout=True,
                                            stderr=True, tty=False, workdir=workdir)["Id"]
            attached = api.exec_start(self._exec_id, socket=True)
        self._attached = attached  # keeps the HTTP response (and so the socket) alive
        self._sock: socket.socket = getattr(attached, "_sock", attached)
        self._collector = LineCollector()
        self.server_pid: int | None = None
        """The server's pid inside the container (from its ready line), for `kill`."""
        threading.Thread(target=self._read_frames, daemon=True).start()

    def _read_frames(self) -> None:
        sinks = {STDOUT: self._collector.feed_stdout, STDERR: self._collector.feed_stderr}
        try:
            while (header := self._read_exactly(FRAME_HEADER.size)) is not None:
                stream, length = FRAME_HEADER.unpack(header)
                payload = self._read_exactly(length)
                if payload is None:
                    break
                sinks.get(stream, self._collector.feed_stderr)(payload)
        except OSError:
            pass  # the socket was closed under us: the stream has ended either way
        finally:
            self._collector.end()

    def _read_exactly(self, size: int) -> bytes | None:
        data = bytearray()
        while len(data) < size:
            chunk = self._sock.recv(size - len(data))
            if not chunk:
                return None
            data += chunk
        return bytes(data)

    def send(self, data: bytes) -> None:
        self._sock.sendall(data)

    def reply_line(self, timeout_s: float) -> bytes | None:
        return self._collector.next_line(timeout_s)

    @property
    def alive(self) -> bool:
        return not self._collector.ended.is_set()

    def stderr_tail(self) -> str:
        return self._collector.tail()

    def kill(self) -> None:
        """SIGKILL the server inside the container (closing our end alone would not stop it)."""
        if self.server_pid is not None:
            try:
                with engine_call("killing the sandbox's command server"):
                    kill = self._api.exec_create(self._container_id,
                                                 ["kill", "-KILL", str(self.server_pid)])
                    self._api.exec_start(kill["Id"], detach=True)
            except SandboxError:  # the container may be gone too; the socket closes below anyway
                pass
        self._shutdown()

    def close(self, wait_s: float) -> None:
        """EOF on the server's stdin; it exits after its current request."""
        with contextlib.suppress(OSError):
            self._sock.shutdown(socket.SHUT_WR)
        self._collector.ended.wait(wait_s)
        self._shutdown()

    def _shutdown(self) -> None:
        with contextlib.suppress(OSError):
            self._sock.shutdown(socket.SHUT_RDWR)
        self._attached.close()

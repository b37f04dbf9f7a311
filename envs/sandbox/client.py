"""The host side of the command-server protocol, shared by the Docker and local backends.

A subclass supplies the channel to a started `server.py` (a Docker exec's attached
socket, or a plain subprocess's pipes) and what to do on close; everything else — exec,
files, tar streams, error mapping — is the same code for both, so both backends behave alike.
"""

import base64
import errno
import io
import json
import tarfile
import threading
import time
from pathlib import Path

from loopwright.envs.sandbox.base import ExecResult, Limits, SandboxError
from loopwright.envs.sandbox.channel import ServerChannel

SERVER_SOURCE = (Path(__file__).with_name("server.py")).read_bytes()
SERVER_BOOTSTRAP = (
    "import sys; exec(compile(sys.stdin.buffer.read(int(sys.stdin.buffer.readline())),"
    " 'loopwright-sandbox-server', 'exec'))"
)
"""`python3 -c` program that reads the server's source from stdin (length line, then the
bytes) and runs it, so the source does not clutter every `ps` listing in the sandbox."""
REPLY_GRACE_S = 15.0
"""How long past a command's own timeout the client waits before declaring the server dead."""
START_TIMEOUT_S = 60.0
"""How long the server may take to say it is ready."""

SERVER_RESTART_NOTE = (
    "[loopwright: this command killed the sandbox's command server; it was restarted, so the "
    "working directory and exported variables are back to their defaults]"
)


class ServerGone(SandboxError):
    """The command server exited in the middle of a request."""


class ServerSandbox:
    """A sandbox driven through one long-lived command server over a byte channel."""

    limits: Limits

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()
        self._channel: ServerChannel | None = None
        self._lock = threading.RLock()
        self._next_id = 0
        self._closed = False

    # --- lifecycle -------------------------------------------------------------------
    def _open_channel(self) -> ServerChannel:
        """Start `python3 -c SERVER_BOOTSTRAP ...` and attach to its stdin/stdout/stderr."""
        raise NotImplementedError

    def _describe_death(self) -> str:
        """Why the server went away, in words a user can act on."""
        return "the sandbox's command server exited; close it and start a new sandbox"

    def _can_restart(self) -> bool:
        """Whether a new server can be attached (the container still runs)."""
        return True

    def _revive(self) -> None:
        """Replace a dead server (an agent ran `pkill python3`); the shell state resets."""
        why = self._describe_death()
        self._stop_server(wait_s=0.0)
        if not self._can_restart():
            raise SandboxError(why)
        self._start_server()

    def _start_server(self) -> None:
        self._channel = self._open_channel()
        self._channel.send(b"%d\n" % len(SERVER_SOURCE) + SERVER_SOURCE)
        ready = self._read_reply(time.monotonic() + START_TIMEOUT_S)
        if not ready.get("ready"):
            raise SandboxError(f"sandbox server did not start: {ready}")
        self._server_ready(ready)

    def _server_ready(self, ready: dict) -> None:
        """Hook for what the server's ready line says (its pid)."""

    def _stop_server(self, wait_s: float = 5.0) -> None:
        channel, self._channel = self._channel, None
        if channel is not None:
            channel.close(wait_s)

    def close(self) -> None:
        self._closed = True
        self._stop_server()

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def alive(self) -> bool:
        return self._channel is not None and self._channel.alive

    def _stderr_tail(self) -> str:
        return self._channel.stderr_tail() if self._channel is not None else ""

    # --- protocol ----------------------------------------------------------------------
    def _request(self, op: str, wait_s: float = 60.0, **fields: object) -> dict:
        """Send one request and return the reply; a dead server becomes a SandboxError."""
        if self._closed:
            raise SandboxError("this sandbox is closed; start a new one")
        with self._lock:
            if not self.alive:
                self._revive()
            assert self._channel is not None
            self._next_id += 1
            line = json.dumps({"op": op, "id": self._next_id, **fields}).encode() + b"\n"
            try:
                self._channel.send(line)
            except OSError as exc:
                raise ServerGone(self._describe_death()) from exc
            reply = self._read_reply(time.monotonic() + wait_s)
        if not reply.get("ok"):
            self._raise_remote(reply)
        return reply

    def _read_reply(self, deadline: float) -> dict:
        assert self._channel is not None
        line = self._channel.reply_line(deadline - time.monotonic())
        if line is None:
            self._channel.kill()
            raise SandboxError("the sandbox's command server stopped answering and was killed; "
                               "the next call starts a fresh one (shell state resets)")
        if not line:
            raise ServerGone(self._describe_death())
        return json.loads(line)

    @staticmethod
    def _raise_remote(reply: dict) -> None:
        kind, message = reply.get("error", "Error"), reply.get("message", "")
        if reply.get("errno"):  # OSError(errno, ...) builds the matching subclass
            raise OSError(reply["errno"], message, reply.get("filename"))
        raise SandboxError(f"sandbox operation failed: {kind}: {message}")

    # --- the Sandbox protocol ----------------------------------------------------------
    def exec(
        self,
        cmd: str,
        timeout_s: float | None = None,
        stdin: str | None = None,
        env: dict[str, str] | None = None,
        cwd: str | None = None,
    ) -> ExecResult:
        """Run `cmd` with bash in the session's shell state; never longer than the timeout."""
        timeout_s = self.limits.timeout_s if timeout_s is None else timeout_s
        if timeout_s <= 0:
            raise ValueError(f"timeout_s must be positive, got {timeout_s}")
        started = time.perf_counter()
        with self._lock:
            try:
                reply = self._request(
                    "exec", wait_s=timeout_s + REPLY_GRACE_S, cmd=cmd, timeout_s=timeout_s,
                    stdin=stdin, env=env, cwd=cwd, output_bytes=self.limits.output_bytes,
                )
            except ServerGone:
                self._revive()
                return ExecResult(exit_code=-9, stdout="", stderr=SERVER_RESTART_NOTE,
                                  duration_s=time.perf_counter() - started)
        return ExecResult(
            exit_code=reply["exit_code"], stdout=reply["stdout"], stderr=reply["stderr"],
            timed_out=reply["timed_out"], truncated=reply["truncated"],
            duration_s=time.perf_counter() - started, timeout_s=timeout_s,
        )

    def write_file(self, path: str, content: str | bytes) -> None:
        data = content.encode() if isinstance(content, str) else content
        self._request("write_file", path=path, data_b64=base64.b64encode(data).decode())

    def read_file(self, path: str) -> bytes:
        return base64.b64decode(self._request("read_file", path=path)["data_b64"])

    def upload(self, host_path: str | Path, dest: str = "/workspace") -> None:
        """Copy a host file or folder into `dest` (as a tar stream)."""
        host_path = Path(host_path)
        if not host_path.exists():
            raise FileNotFoundError(errno.ENOENT, "no such host path to upload", str(host_path))
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode="w") as tar:
            tar.add(host_path, arcname=host_path.name)
        self._request("put_tar", wait_s=300.0, dest=dest,
                      tar_b64=base64.b64encode(buf.getvalue()).decode())

    def download(self, path: str, host_dest: str | Path) -> Path:
        """Copy a sandbox file or folder into the host folder `host_dest`; returns its path.

        The tar comes from inside the sandbox, so it is extracted with the `data` filter:
        no absolute paths, no `..`, no links out of `host_dest`, no device files.
        """
        blob = base64.b64decode(self._request("get_tar", wait_s=300.0, path=path)["tar_b64"])
        host_dest = Path(host_dest)
        host_dest.mkdir(parents=True, exist_ok=True)
        with tarfile.open(fileobj=io.BytesIO(blob)) as tar:
            top = tar.getnames()[0] if tar.getnames() else ""
            tar.extractall(host_dest, filter="data")
        return host_dest / top

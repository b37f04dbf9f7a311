"""Stop signals end a command cleanly, so what it owns — its sandbox containers first — goes too.

Python's default for SIGTERM and SIGHUP is to die at once: no `finally`, no exit hooks, and
every container the process owned stayed behind. Inside `exit_on_signals()` the first
SIGTERM, SIGINT or SIGHUP instead raises in the main thread: KeyboardInterrupt for SIGINT
(as Python does), SystemExit(128 + signal number) for the others (the status of a process
the signal ended), so `with SandboxManager(...)` blocks, `finally` and atexit hooks run; or
it calls the command's own `stop` (the chat asks its app to quit). Unwinding can stall — a
thread pool waits for its queued runs — so a second signal, or STOP_DEADLINE_S after the
first, runs the exit hooks (they remove the containers) and ends the process at once.
A signal the parent set to be ignored (`nohup`, a background job) stays ignored.
"""

import atexit
import contextlib
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
STOP_DEADLINE_S = 5.0
"""How long a stopping command may unwind before its exit hooks run and it ends regardless."""


class SignalStop:
    """The handler of the stop signals: clean exit first, forced exit on a second or late."""

    def __init__(self, stop: Callable[[int], None] | None, deadline_s: float) -> None:
        self.stop = stop
        self.deadline_s = deadline_s
        self.first: int | None = None
        """The first stop signal received (None: none yet)."""

    def __call__(self, signum: int, frame: object) -> None:
        if self.first is not None:  # asked twice: stop waiting for the unwinding
            force_exit(128 + signum)
        self.first = signum
        threading.Thread(target=self._force_later, args=(128 + signum,), name="stop-deadline",
                         daemon=True).start()
        if self.stop is not None:
            self.stop(signum)
        elif signum == signal.SIGINT:
            raise KeyboardInterrupt
        else:
            raise SystemExit(128 + signum)

    def _force_later(self, code: int) -> None:
        time.sleep(self.deadline_s)
        force_exit(code)


def force_exit(code: int) -> None:
    """Run the exit hooks now (they close sandboxes), then end the process with `code`."""
    with contextlib.suppress(Exception):
        atexit._run_exitfuncs()  # the hooks a normal exit runs; os._exit alone skips them
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)


@contextlib.contextmanager
def exit_on_signals(stop: Callable[[int], None] | None = None,
                    deadline_s: float = STOP_DEADLINE_S) -> Iterator[SignalStop]:
    """Within the block, SIGTERM, SIGINT and SIGHUP end the command cleanly (see the module).

    `stop(signum)`: what to do instead of raising (it must make the command return soon).
    Only the main thread can install handlers; elsewhere this is a no-op.
    """
    handler = SignalStop(stop, deadline_s)
    if threading.current_thread() is not threading.main_thread():
        yield handler
        return
    previous = {}
    for signum in STOP_SIGNALS:
        if signal.getsignal(signum) is not signal.SIG_IGN:
            previous[signum] = signal.signal(signum, handler)
    try:
        yield handler
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)

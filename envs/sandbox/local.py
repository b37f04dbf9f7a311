"""LocalSandbox: the same command server as a plain subprocess, with no isolation at all.

For machines without Docker, chosen only on purpose (an explicit flag). Commands run as
the calling user in a temporary working folder, but can read and write anything that user
can; every start warns so this is never the silent default.
"""

import logging
import shutil
import sys
import tempfile
import warnings
from pathlib import Path

from loopwright.envs.sandbox.base import Limits
from loopwright.envs.sandbox.channel import PipeChannel
from loopwright.envs.sandbox.client import SERVER_BOOTSTRAP, ServerSandbox

log = logging.getLogger(__name__)
WARNING = (
    "LocalSandbox runs commands directly on this machine with NO isolation "
    "(no container, no network or file limits): use it only for trusted tasks"
)


class LocalUnsafeWarning(UserWarning):
    """Emitted each time a LocalSandbox starts."""


class LocalSandbox(ServerSandbox):
    """Commands in a temporary folder on the host; `cd` and `export` carry over."""

    def __init__(self, limits: Limits | None = None, workdir: str | Path | None = None) -> None:
        super().__init__(limits)
        warnings.warn(WARNING, LocalUnsafeWarning, stacklevel=2)
        log.warning(WARNING)
        self._own_workdir = workdir is None
        self.workdir = Path(workdir or tempfile.mkdtemp(prefix="loopwright-local-"))
        self._start_server()

    def _open_channel(self) -> PipeChannel:
        return PipeChannel([sys.executable, "-c", SERVER_BOOTSTRAP, str(self.workdir)])

    def upload(self, host_path: str | Path, dest: str | None = None) -> None:
        super().upload(host_path, str(self.workdir) if dest is None else dest)

    def close(self) -> None:
        """Stop the server and delete the temporary folder (if this sandbox made it)."""
        if self._closed:
            return
        super().close()
        if self._own_workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)

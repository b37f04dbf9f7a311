"""Trace lines of a worker's runs, shipped to the driver with their results.

A worker traces into a scratch folder of its own (the JSONL exporter, unchanged); when a run
finishes, `TraceCursor.take(trace_id)` hands over every line of that run, and the driver
appends them to its own trace folder. So trace files live only on the driver, a run's lines
arrive whole with its result, and a run cut short by a lost worker ships nothing (it runs
again elsewhere, so no trace is duplicated).
"""

import json
import threading
from collections import defaultdict
from pathlib import Path

from loopwright.agent.tracing.jsonl import JsonlAppender


class TraceCursor:
    """Reads a worker's scratch trace folder forward, keeping lines by trace id until taken."""

    def __init__(self, trace_dir: Path) -> None:
        self.trace_dir = trace_dir
        self._offsets: dict[Path, int] = {}
        """Bytes of each day file already read (only whole lines are consumed)."""
        self._pending: dict[str | None, list[bytes]] = defaultdict(list)
        self._lock = threading.Lock()

    def take(self, trace_id: str | None) -> bytes:
        """Every line of `trace_id` written so far (the run has ended, its spans flushed)."""
        with self._lock:
            self._read_new()
            return b"".join(self._pending.pop(trace_id, []))

    def _read_new(self) -> None:
        for path in sorted(self.trace_dir.glob("*.jsonl")):
            offset = self._offsets.get(path, 0)
            with open(path, "rb") as f:
                f.seek(offset)
                data = f.read()
            whole = data[: data.rfind(b"\n") + 1]  # a line being written stays for next time
            self._offsets[path] = offset + len(whole)
            for line in whole.splitlines(keepends=True):
                self._pending[json.loads(line).get("trace_id")].append(line)


class TraceSink:
    """The driver's side: shipped lines appended whole to its trace folder."""

    def __init__(self, trace_dir: Path) -> None:
        self.appender = JsonlAppender(trace_dir)

    def write(self, lines: bytes) -> None:
        if lines:
            self.appender.append(lines)
            self.appender.sync()

    def close(self) -> None:
        self.appender.close()

"""The default exporter: append-only JSONL files, one finished span per line.

Each span is written with one `os.write` on an `O_APPEND` descriptor the moment it ends, so a
SIGKILL loses at most the spans still open, and threads (or processes) sharing a file never
interleave half lines. `sync()` fsyncs, so a finished turn also survives a power cut.
Files are `<trace_dir>/<YYYY-MM-DD>.jsonl` (UTC day of writing); rewards given later, and a
person's ratings and corrections of single turns, are records of their own in the same
files, merged by the reader.
"""

import json
import math
import mmap
import os
import re
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export import SpanExporter, SpanExportResult
from opentelemetry.trace import format_span_id, format_trace_id

TRACE_ID_RE = re.compile(r"[0-9a-f]{32}")
SPAN_ID_RE = re.compile(r"[0-9a-f]{16}")


def trace_file(trace_dir: Path, unix_s: float | None = None) -> Path:
    """The day file a record written now (or at `unix_s`) belongs to."""
    day = datetime.fromtimestamp(time.time() if unix_s is None else unix_s, UTC)
    return trace_dir / f"{day:%Y-%m-%d}.jsonl"


def span_record(span: ReadableSpan) -> dict:
    """One span as plain data, named after OTLP's fields (snake_case, ids in hex)."""
    ctx = span.context
    return {
        "type": "span",
        "trace_id": format_trace_id(ctx.trace_id),
        "span_id": format_span_id(ctx.span_id),
        "parent_span_id": format_span_id(span.parent.span_id) if span.parent else None,
        "name": span.name,
        "kind": span.kind.name,
        "start_time_unix_nano": span.start_time,
        "end_time_unix_nano": span.end_time,
        "status": {"code": span.status.status_code.name, "message": span.status.description},
        "attributes": dict(span.attributes or {}),
        "events": [
            {"name": e.name, "time_unix_nano": e.timestamp, "attributes": dict(e.attributes or {})}
            for e in span.events
        ],
        "resource": {"service.name": span.resource.attributes.get("service.name")},
        "scope": span.instrumentation_scope.name if span.instrumentation_scope else None,
    }


def encode_line(record: dict) -> bytes:
    """Compact JSON plus newline; tuples (OTel's sequence attributes) become arrays."""
    return (json.dumps(record, separators=(",", ":"), default=list) + "\n").encode()


class JsonlAppender:
    """Thread-safe whole-line appends to the day files of one directory."""

    def __init__(self, trace_dir: Path) -> None:
        if trace_dir.exists() and not trace_dir.is_dir():
            raise ValueError(f"trace dir {trace_dir} exists and is not a directory")
        trace_dir.mkdir(parents=True, exist_ok=True)
        self.trace_dir = trace_dir
        self._lock = threading.Lock()
        self._fds: dict[Path, int] = {}

    def append(self, lines: bytes) -> None:
        """Appends already-encoded whole lines to today's file."""
        path = trace_file(self.trace_dir)
        with self._lock:
            fd = self._fds.get(path)
            if fd is None:
                fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
                self._fds[path] = fd
            view = memoryview(lines)
            while view:
                view = view[os.write(fd, view):]

    def sync(self) -> None:
        """fdatasync every open day file (data and size, not mtime): the turn is on disk."""
        with self._lock:
            for fd in self._fds.values():
                os.fdatasync(fd)

    def close(self) -> None:
        with self._lock:
            for fd in self._fds.values():
                os.fsync(fd)
                os.close(fd)
            self._fds.clear()


class JsonlSpanExporter(SpanExporter):
    """OTel exporter writing each batch of finished spans as lines of today's JSONL file."""

    def __init__(self, trace_dir: Path) -> None:
        self.appender = JsonlAppender(trace_dir)

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        self.appender.append(b"".join(encode_line(span_record(s)) for s in spans))
        return SpanExportResult.SUCCESS

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        self.appender.sync()
        return True

    def shutdown(self) -> None:
        self.appender.close()


def trace_exists(trace_dir: Path, trace_id: str) -> bool:
    """Whether any span of `trace_id` was written in `trace_dir` (a byte search, no parsing)."""
    needle = f'"trace_id":"{trace_id}"'.encode()
    for path in sorted(trace_dir.glob("*.jsonl")):
        if path.stat().st_size == 0:
            continue
        with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
            if m.find(needle) >= 0:
                return True
    return False


def _valid_trace_id(trace_id: str) -> str:
    """`trace_id` in lower case; ValueError when it is not 32 hex characters."""
    trace_id = trace_id.lower()
    if not TRACE_ID_RE.fullmatch(trace_id):
        raise ValueError(f"trace id must be 32 hex characters, got {trace_id!r}")
    return trace_id


def _require_trace(trace_dir: Path, trace_id: str) -> None:
    """ValueError unless a span of `trace_id` was written in `trace_dir`."""
    if not trace_dir.is_dir() or not trace_exists(trace_dir, trace_id):
        raise ValueError(f"no trace {trace_id} in {trace_dir}")


def _append_record(trace_dir: Path, record: dict) -> None:
    appender = JsonlAppender(trace_dir)
    appender.append(encode_line(record))
    appender.close()


def append_reward(trace_dir: Path, trace_id: str, reward: float) -> None:
    """Records a reward for a trace written earlier (a chat session rated after the fact).

    The reader lets the latest reward record of a trace override the root span's reward.
    Raises ValueError for a malformed id, a non-finite reward or a trace not in `trace_dir`.
    """
    trace_dir = Path(trace_dir)
    trace_id = _valid_trace_id(trace_id)
    reward = float(reward)
    if not math.isfinite(reward):
        raise ValueError(f"reward must be a finite number, got {reward}")
    _require_trace(trace_dir, trace_id)
    _append_record(trace_dir, {
        "type": "reward",
        "trace_id": trace_id,
        "reward": reward,
        "time_unix_nano": time.time_ns(),
    })


@dataclass(slots=True, frozen=True)
class TurnRef:
    """Which model turn a person's feedback is about: its `chat` span in a trace, and the
    chat message it became (so a resumed session finds the feedback of each answer)."""

    trace_id: str
    span_id: str
    """The `chat` span of the turn (16 hex characters)."""
    conversation_id: str | None = None
    """The session (LangGraph thread id) the turn belongs to."""
    message_id: str | None = None
    """The id of the AIMessage the turn produced, as the session's checkpoint keeps it."""

    def fields(self) -> dict:
        return {"trace_id": self.trace_id, "span_id": self.span_id,
                "conversation_id": self.conversation_id, "message_id": self.message_id}


def append_turn_rating(trace_dir: Path, turn: TurnRef, reward: float) -> None:
    """Records a person's rating of one turn (1.0 good, -1.0 bad); the latest one counts.

    A record of its own, like `append_reward`, so rating never rewrites a span and a rating
    given while another process appends spans cannot tear either line.
    """
    reward = float(reward)
    if not math.isfinite(reward):
        raise ValueError(f"reward must be a finite number, got {reward}")
    _append_turn_record(trace_dir, turn, {"type": "rating", "reward": reward})


def append_correction(
    trace_dir: Path, turn: TurnRef, text: str, original_text: str, completion_token_ids: list[int] | None
) -> None:
    """Records a person's correction of one turn beside what the model wrote; the latest one counts.

    `completion_token_ids` is the correction tokenized once, as the model's turn would have
    been (same end-of-turn token), so training reads ids and never re-tokenizes; None when
    the writer had no tokenizer (such a correction is shown but not trained on).
    """
    if completion_token_ids is not None and not all(isinstance(t, int) for t in completion_token_ids):
        raise ValueError("completion_token_ids must be integers")
    _append_turn_record(trace_dir, turn, {
        "type": "correction", "text": text, "original_text": original_text,
        "completion_token_ids": None if completion_token_ids is None else list(completion_token_ids),
    })


def _append_turn_record(trace_dir: Path, turn: TurnRef, body: dict) -> None:
    trace_dir = Path(trace_dir)
    if not SPAN_ID_RE.fullmatch(turn.span_id):
        raise ValueError(f"span id must be 16 hex characters, got {turn.span_id!r}")
    trace_id = _valid_trace_id(turn.trace_id)
    _require_trace(trace_dir, trace_id)
    _append_record(trace_dir, {**body, **turn.fields(), "trace_id": trace_id, "time_unix_nano": time.time_ns()})

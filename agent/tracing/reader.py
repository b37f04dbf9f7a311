"""Reads JSONL trace files back into per-trace records, surviving torn and corrupt lines.

A process killed mid-write leaves a torn last line; a disk hiccup can leave garbage. Either
is skipped with a `CorruptTraceLineWarning` naming file and line, never an exception, so one
bad line never costs the traces around it.
"""

import json
import re
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from loopwright.agent.tracing import attributes as A

_TRACE_ID_IN_LINE = re.compile(rb'"trace_id":"([0-9a-f]{32})"')
_SPAN_KEYS = ("trace_id", "span_id", "name", "start_time_unix_nano", "attributes")

TraceSource = Path | str | Iterable[Path | str]
"""A trace directory, one JSONL file, or several of either."""


class TraceReadError(Exception):
    """The trace source itself is unusable (missing path, not a trace file or directory)."""


class CorruptTraceLineWarning(UserWarning):
    """A line of a trace file could not be read and was skipped."""


@dataclass(slots=True)
class TraceRecords:
    """Everything written about one trace: its spans (by start time), later rewards, and a
    person's ratings and corrections of its turns."""

    trace_id: str
    spans: list[dict] = field(default_factory=list)
    rewards: list[dict] = field(default_factory=list)
    ratings: list[dict] = field(default_factory=list)
    """`rating` records: a turn's `span_id` and its `reward` (1 good, -1 bad)."""
    corrections: list[dict] = field(default_factory=list)
    """`correction` records: a turn's `span_id`, the person's `text` beside the model's
    `original_text`, and the correction's `completion_token_ids` (None: not tokenized)."""

    def turn_ratings(self) -> dict[str, float]:
        """The latest rating of each rated turn, by its chat span id."""
        return {r["span_id"]: r["reward"] for r in sorted(self.ratings, key=_written)}

    def turn_corrections(self) -> dict[str, dict]:
        """The latest correction record of each corrected turn, by its chat span id."""
        return {r["span_id"]: r for r in sorted(self.corrections, key=_written)}

    def by_operation(self, operation: str) -> list[dict]:
        """Spans of one GenAI operation (`chat`, `execute_tool`, ...) in start order."""
        return [s for s in self.spans if s["attributes"].get(A.OPERATION_NAME) == operation]

    @property
    def root(self) -> dict | None:
        """The `invoke_agent` span; None while the run is open or after it was killed."""
        roots = self.by_operation(A.OP_INVOKE_AGENT)
        return roots[0] if roots else None

    @property
    def start_time_unix_nano(self) -> int:
        starts = [s["start_time_unix_nano"] for s in self.spans]
        if starts:
            return min(starts)
        return min(r["time_unix_nano"] for r in (*self.rewards, *self.ratings, *self.corrections))

    @property
    def reward(self) -> float | None:
        """The latest reward record, else the reward the root span recorded."""
        if self.rewards:
            return max(self.rewards, key=lambda r: r["time_unix_nano"])["reward"]
        root = self.root
        return root["attributes"].get(A.REWARD) if root else None

    def run_attribute(self, key: str) -> str | None:
        """A run-level id (task, group, conversation) from the root or, failing that, any span."""
        for span in ([self.root] if self.root else []) + self.spans:
            if key in span["attributes"]:
                return span["attributes"][key]
        return None


def trace_files(source: TraceSource) -> list[Path]:
    """The JSONL files of `source`, directories expanded to their `*.jsonl` in name order."""
    items = [source] if isinstance(source, str | Path) else list(source)
    files: list[Path] = []
    for item in items:
        path = Path(item).expanduser()
        if path.is_dir():
            files += sorted(path.glob("*.jsonl"))
        elif path.is_file():
            files.append(path)
        else:
            raise TraceReadError(f"no trace file or directory at {path}")
    return files


def read_traces(source: TraceSource, trace_ids: set[str] | None = None) -> dict[str, TraceRecords]:
    """All traces of `source` (or only `trace_ids`), ordered by their first span's start."""
    traces: dict[str, TraceRecords] = {}
    for record in _records(trace_files(source), trace_ids):
        trace = traces.setdefault(record["trace_id"], TraceRecords(record["trace_id"]))
        _records_of(trace, record["type"]).append(record)
    for trace in traces.values():
        trace.spans.sort(key=lambda s: s["start_time_unix_nano"])
    return dict(sorted(traces.items(), key=lambda kv: kv[1].start_time_unix_nano))


def _records_of(trace: TraceRecords, kind: str) -> list[dict]:
    """The list of `trace` a record of type `kind` belongs in."""
    return {"span": trace.spans, "reward": trace.rewards, "rating": trace.ratings,
            "correction": trace.corrections}[kind]


def _written(record: dict) -> int:
    return record["time_unix_nano"]


def _records(files: list[Path], trace_ids: set[str] | None) -> Iterator[dict]:
    for path in files:
        with open(path, "rb") as f:
            for lineno, line in enumerate(f, 1):
                if not line.strip():
                    continue
                if trace_ids is not None:
                    m = _TRACE_ID_IN_LINE.search(line)
                    if m is not None and m.group(1).decode() not in trace_ids:
                        continue  # cheap skip before parsing; unmatched lines are checked below
                record, problem = _parse(line)
                if problem is not None:
                    torn = "torn last line" if not line.endswith(b"\n") else "corrupt line"
                    warnings.warn(
                        f"{path}:{lineno}: skipped a {torn} ({problem})",
                        CorruptTraceLineWarning,
                        stacklevel=2,
                    )
                    record = _record_after_torn_prefix(line)
                if record is not None and (trace_ids is None or record["trace_id"] in trace_ids):
                    yield record


def _record_after_torn_prefix(line: bytes) -> dict | None:
    """A writer killed mid-line leaves a fragment that the next writer's line continues:
    `{"type":"span","tr{"type":"span",...}`. The whole record after the fragment is kept."""
    start = line.find(b'{"type":', 1)
    if start < 0:
        return None
    record, problem = _parse(line[start:])
    return record if problem is None else None


def _parse(line: bytes) -> tuple[dict, None] | tuple[None, str]:
    try:
        record = json.loads(line)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return None, f"not JSON: {exc}"
    if not isinstance(record, dict):
        return None, "not a JSON object"
    kind = record.get("type")
    if kind == "span":
        missing = [k for k in _SPAN_KEYS if k not in record]
        if missing or not isinstance(record["attributes"], dict):
            return None, f"span without {', '.join(missing) or 'attribute object'}"
    elif kind == "reward":
        if not isinstance(record.get("reward"), int | float) or "time_unix_nano" not in record:
            return None, "reward record without a numeric reward and time"
    elif kind in ("rating", "correction"):
        problem = _turn_record_problem(record)
        if problem is not None:
            return None, problem
    else:
        return None, f"unknown record type {kind!r}"
    if not isinstance(record.get("trace_id"), str):
        return None, "record without a trace_id"
    return record, None


def _turn_record_problem(record: dict) -> str | None:
    """Why a rating or correction record cannot be used, or None."""
    if not isinstance(record.get("span_id"), str) or not isinstance(record.get("time_unix_nano"), int):
        return f"{record['type']} record without a span id and time"
    if record["type"] == "rating" and not isinstance(record.get("reward"), int | float):
        return "rating record without a numeric reward"
    if record["type"] == "correction":
        ids = record.get("completion_token_ids")
        if not isinstance(record.get("text"), str) or not (ids is None or isinstance(ids, list)):
            return "correction record without text or with malformed token ids"
    return None

"""Results files that survive a stop: `batch` and `eval` keep every finished run, record the
runs a stop cut short as interrupted, and a rerun with the same file does only what is missing.

A results file is `agent.batch.ResultsFile`'s JSONL, one fsynced line per finished run. A
stop (a signal, an error) appends one line per run in flight with finish_reason
`interrupted`; those do not count as done, and a rerun drops them before running them again,
so a finished file holds exactly one line per (task, sample).
"""

import dataclasses
import json
import os
import signal
import threading
import time
import uuid
from collections.abc import Iterator

from loopwright.agent.batch import ResultsFile
from loopwright.agent.runner import AgentRuntime, RunResult, RunSpec

INTERRUPTED = "interrupted"
"""finish_reason of a run a stop cut short."""


class ResumableResults(ResultsFile):
    """A ResultsFile whose interrupted runs are recorded but not done."""

    def rows(self) -> list[dict]:
        """Every complete run line (a torn line, a header line without a task are skipped)."""
        if not self.path.exists():
            return []
        rows = []
        for line in self.path.read_text().splitlines():
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(row, dict) and "task_id" in row and "sample" in row:
                rows.append(row)
        return rows

    def claim(self, settings: dict) -> None:
        """Binds the file to the runs of `settings`, its first line: a new file gets it, one
        holding another setting's runs is refused (ValueError naming what differs)."""
        if not self.path.exists() or self.path.stat().st_size == 0:
            with open(self.path, "w", encoding="utf-8") as out:
                out.write(json.dumps({"settings": settings}) + "\n")
            return
        with open(self.path, encoding="utf-8") as f:
            first = f.readline()
        try:
            held = json.loads(first).get("settings")
        except (json.JSONDecodeError, AttributeError):
            held = None
        if held is None:
            raise ValueError(f"{self.path} holds runs of unknown settings: pass another --out")
        differ = [f"{k} ({held.get(k)!r} there, {v!r} now)" for k, v in settings.items() if held.get(k) != v]
        if differ:
            raise ValueError(f"{self.path} holds the runs of other settings: {', '.join(differ)}; "
                             "pass another --out or --fresh")

    def done(self) -> set[tuple[str, int]]:
        return {(r["task_id"], r["sample"]) for r in self.rows() if r.get("finish_reason") != INTERRUPTED}

    def finished(self) -> dict[tuple[str, int], RunResult]:
        """The finished runs, read back as RunResults, by (task_id, sample)."""
        names = {f.name for f in dataclasses.fields(RunResult)}
        return {(r["task_id"], r["sample"]): RunResult(**{k: v for k, v in r.items() if k in names})
                for r in self.rows() if r.get("finish_reason") != INTERRUPTED}

    def drop_interrupted(self) -> int:
        """Rewrites the file without its interrupted lines (a rerun runs them again); returns
        how many were dropped. Other lines are kept byte for byte, in order."""
        if not self.path.exists():
            return 0
        kept, dropped = [], 0
        for line in self.path.read_text().splitlines():
            try:
                interrupted = json.loads(line).get("finish_reason") == INTERRUPTED
            except (json.JSONDecodeError, AttributeError):
                interrupted = False
            dropped += interrupted
            if not interrupted and line.strip():
                kept.append(line + "\n")
        if dropped:
            tmp = self.path.with_name(f".{self.path.name}.tmp")
            with open(tmp, "w", encoding="utf-8") as out:
                out.writelines(kept)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.path)
        return dropped


class RecordedRuns:
    """Runs through `runtime.run_many` into `results`: each run is appended as it finishes, and
    `record_interrupted()` (called when a stop cuts the runs) appends the runs in flight."""

    def __init__(self, runtime: AgentRuntime, results: ResumableResults) -> None:
        self.runtime, self.results = runtime, results
        self._sample: dict[str, int] = {}
        """Session id -> sample index of every run handed to `run`."""
        self._specs: dict[str, RunSpec] = {}
        self._started: dict[str, float] = {}
        """Session id -> monotonic start time of the runs started and not yet finished."""
        self._lock = threading.Lock()
        self.to_run = 0
        """Runs handed to `run`."""
        self.finished = 0
        """Of those, runs finished and on disk."""

    def run(self, todo: list[tuple[int, RunSpec]], concurrency: int) -> Iterator[RunResult]:
        """Runs (sample, spec) pairs; yields each result once it is on disk."""
        for sample, spec in todo:
            spec.session_id = spec.session_id or uuid.uuid4().hex
            self._sample[spec.session_id], self._specs[spec.session_id] = sample, spec
        self.to_run += len(todo)
        for result in self.runtime.run_many([spec for _, spec in todo], concurrency, on_start=self._on_start):
            self.results.append(result, self._sample[result.run_id])
            self.finished += 1
            with self._lock:
                self._started.pop(result.run_id, None)
            yield result

    def run_many(self, specs: list[RunSpec], concurrency: int = 1) -> Iterator[RunResult]:
        """`AgentRuntime.run_many` for callers that list every run (eval): runs already in the
        file are read back, only the others run. The k-th spec of a task is its sample k."""
        finished = self.results.finished()
        seen: dict[str | None, int] = {}
        todo = []
        for spec in specs:
            sample = seen[spec.task_id] = seen.get(spec.task_id, -1) + 1
            recorded = finished.get((spec.task_id, sample))
            if recorded is not None:
                yield recorded
            else:
                todo.append((sample, spec))
        yield from self.run(todo, concurrency)

    def record_interrupted(self, reason: str) -> int:
        """Appends every run in flight as interrupted (`reason` in its error); returns how many."""
        with self._lock:
            cut = dict(self._started)
            self._started.clear()
        now = time.monotonic()
        for session_id, started in cut.items():
            spec = self._specs[session_id]
            self.results.append(RunResult(
                run_id=session_id, trace_id=None, task_id=spec.task_id, group_id=spec.group_id,
                answer=None, finish_reason=INTERRUPTED, turns=0, tool_calls=0, prompt_tokens=0,
                completion_tokens=0, duration_s=now - started, error=reason,
            ), self._sample[session_id])
        return len(cut)

    def record_stop(self, exc: BaseException) -> str | None:
        """Records the runs `exc` (unwinding the command) cut short; for a stop signal, returns
        the line saying what is kept and what a rerun will do."""
        reason = stop_reason(exc)
        cut = self.record_interrupted(reason)
        if not isinstance(exc, KeyboardInterrupt | SystemExit):
            return None
        return (f"{reason}: {self.finished} runs appended to {self.results.path}, {cut} in flight recorded "
                f"as interrupted; rerun the same command to do the {self.to_run - self.finished} runs left")

    def _on_start(self, spec: RunSpec) -> None:
        with self._lock:
            self._started[spec.session_id] = time.monotonic()


def stop_reason(exc: BaseException) -> str:
    """What stopped the command, in words, from the exception that is unwinding it."""
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted by SIGINT"
    if isinstance(exc, SystemExit) and isinstance(exc.code, int) and exc.code > 128:
        try:
            return f"interrupted by {signal.Signals(exc.code - 128).name}"
        except ValueError:
            pass
    return f"interrupted by {type(exc).__name__}"

"""Results files that survive a stop: finished runs are kept, the runs in flight are recorded as
interrupted, and a rerun does only what is missing, so the file and the eval report end with
one result per (task, sample).

The runtime is the real `AgentRuntime.run_many` (threads, `on_start`) with a fake `run`: a
run blocks until the test lets it finish, so a stop lands with known runs in flight.
"""

import json
import signal
import threading
import time

import pytest

from loopwright.agent.runner import AgentRuntime, RunResult, RunSpec
from loopwright.cli.results import INTERRUPTED, RecordedRuns, ResumableResults
from loopwright.envs.sandbox import SandboxManager
from loopwright.envs.tasks import load_suite
from loopwright.train.evaluate import evaluate


class BlockingRuns:
    """A fake `AgentRuntime.run`: runs of `blocked` task ids wait for `release`."""

    def __init__(self, blocked: set[str]) -> None:
        self.blocked, self.release = blocked, threading.Event()
        self.ran: list[str] = []

    def __call__(self, spec: RunSpec) -> RunResult:
        self.ran.append(spec.task_id)
        if spec.task_id in self.blocked:
            self.release.wait(10)
        return RunResult(run_id=spec.session_id, trace_id=None, task_id=spec.task_id, group_id=spec.group_id,
                         answer="42", finish_reason="answer", turns=1, tool_calls=0, prompt_tokens=3,
                         completion_tokens=2, duration_s=0.0, reward=1.0)


def _runtime(monkeypatch, runs: BlockingRuns) -> AgentRuntime:
    runtime = AgentRuntime(None, None, SandboxManager("local"), action_format="code")
    monkeypatch.setattr(runtime, "run", runs)
    return runtime


def _rows(results: ResumableResults) -> list[dict]:
    return [json.loads(line) for line in results.path.read_text().splitlines()]


def test_a_stopped_batch_records_its_runs_in_flight_and_a_rerun_does_only_the_rest(tmp_path, monkeypatch):
    todo = lambda: [(0, RunSpec("x", task_id=f"t{i}", group_id=f"t{i}")) for i in range(5)]  # noqa: E731
    results = ResumableResults(tmp_path / "results.jsonl")
    runs = BlockingRuns(blocked={"t1", "t2", "t3", "t4"})
    recorded = RecordedRuns(_runtime(monkeypatch, runs), results)
    finished = []
    with pytest.raises(SystemExit):
        try:
            for result in recorded.run(todo(), concurrency=2):
                finished.append(result.task_id)
                while len(runs.ran) < 3:  # t1 and t2 started (and wait): two runs in flight
                    time.sleep(0.01)
                raise SystemExit(128 + signal.SIGTERM)  # the signal lands after t0 is on disk
        except BaseException as exc:
            line = recorded.record_stop(exc)
            raise
    runs.release.set()
    assert finished == ["t0"]
    assert line == (f"interrupted by SIGTERM: 1 runs appended to {results.path}, 2 in flight recorded as "
                    "interrupted; rerun the same command to do the 4 runs left")
    rows = _rows(results)
    assert [r["task_id"] for r in rows if r["finish_reason"] != INTERRUPTED] == ["t0"]
    cut = sorted(r["task_id"] for r in rows if r["finish_reason"] == INTERRUPTED)
    assert cut == ["t1", "t2"]
    assert all(r["error"] == "interrupted by SIGTERM" for r in rows if r["finish_reason"] == INTERRUPTED)
    assert results.done() == {("t0", 0)}

    assert results.drop_interrupted() == 2
    rerun = BlockingRuns(blocked=set())
    left = [(s, spec) for s, spec in todo() if (spec.task_id, s) not in results.done()]
    assert len(list(RecordedRuns(_runtime(monkeypatch, rerun), results).run(left, concurrency=2))) == 4
    assert sorted(rerun.ran) == ["t1", "t2", "t3", "t4"]
    assert sorted((r["task_id"], r["sample"], r["finish_reason"]) for r in _rows(results)) == [
        (f"t{i}", 0, "answer") for i in range(5)]


def test_a_stopped_eval_then_a_rerun_reports_one_result_per_task(tmp_path, monkeypatch):
    tasks = load_suite("arith", "test", 4).tasks
    ids = [t.task_id for t in tasks]
    results = ResumableResults(tmp_path / "eval.jsonl")
    results.claim({"suite": "arith", "samples": 2})
    runs = BlockingRuns(blocked=set(ids[1:]))
    recorded = RecordedRuns(_runtime(monkeypatch, runs), results)

    def stop_after_first(result: RunResult) -> None:
        raise KeyboardInterrupt  # ctrl-c in the consumer, once the first run is on disk

    with pytest.raises(KeyboardInterrupt):
        try:
            evaluate(recorded, tasks, suite="arith", split="test", samples=2, concurrency=1,
                     on_result=stop_after_first)
        except BaseException as exc:
            assert "interrupted by SIGINT: 1 runs appended" in recorded.record_stop(exc)
            raise
    runs.release.set()
    assert results.done() == {(ids[0], 0)}

    results = ResumableResults(results.path)
    results.claim({"suite": "arith", "samples": 2})
    results.drop_interrupted()
    rerun = BlockingRuns(blocked=set())
    report = evaluate(RecordedRuns(_runtime(monkeypatch, rerun), results), tasks, suite="arith",
                      split="test", samples=2, concurrency=2)
    assert len(rerun.ran) == 7 and rerun.ran.count(ids[0]) == 1  # sample 0 of the first task was kept
    assert report.runs == 8 and report.tasks == 4 and report.pass_at_1 == 1.0
    rows = _rows(results)
    assert rows[0] == {"settings": {"suite": "arith", "samples": 2}}
    assert sorted((r["task_id"], r["sample"]) for r in rows[1:]) == sorted((t, s) for t in ids for s in (0, 1))


def test_a_results_file_of_other_settings_is_refused(tmp_path):
    results = ResumableResults(tmp_path / "eval.jsonl")
    results.claim({"model": "a", "samples": 1})
    results.claim({"model": "a", "samples": 1})  # the same settings: its runs are read back
    with pytest.raises(ValueError, match=r"other settings: samples \(1 there, 4 now\)"):
        results.claim({"model": "a", "samples": 4})


def test_dropping_interrupted_runs_keeps_every_other_line_as_it_was(tmp_path):
    path = tmp_path / "results.jsonl"
    lines = ['{"settings": {}}', '{"task_id": "a", "sample": 0, "finish_reason": "answer"}',
             f'{{"task_id": "b", "sample": 0, "finish_reason": "{INTERRUPTED}"}}',
             '{"task_id": "b", "sa']  # torn by a crash
    path.write_text("\n".join(lines) + "\n")
    results = ResumableResults(path)
    assert results.done() == {("a", 0)}
    assert results.drop_interrupted() == 1
    assert path.read_text() == "\n".join(lines[:2] + lines[3:]) + "\n"

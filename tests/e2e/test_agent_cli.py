"""Whole-loop runs of the CLI in real processes: the acceptance task in Docker, a batch
killed with SIGKILL that keeps every finished result and completes on rerun, and a batch
over a suite whose traces carry verifier rewards for offline training."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from loopwright.agent.trajectories import read_trajectories

ROOT = Path(__file__).resolve().parents[2]
LOOPWRIGHT = [sys.executable, "-c", "from loopwright.cli import main; main()"]
ENV = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}


@pytest.mark.slow
@pytest.mark.docker
def test_hello_task_runs_end_to_end_in_docker_and_leaves_a_valid_trace(sandbox_image, tmp_path):
    workspace = tmp_path / "ws"
    workspace.mkdir()
    proc = subprocess.run(
        [*LOOPWRIGHT, "run", "Create a file hello.txt containing hi, then finish", "--json",
         "--sandbox", "docker", "--workspace", str(workspace), "--trace-dir", str(tmp_path / "traces"),
         "--checkpoint-db", str(tmp_path / "sessions.sqlite")],
        cwd=tmp_path, env=ENV, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["finish_reason"] in ("answer", "finish") and out["error"] is None
    assert (workspace / "hello.txt").read_text().strip() == "hi"
    assert "[turn 1]" in proc.stderr  # progress went to stderr, stdout held only the JSON
    (trajectory,) = read_trajectories(tmp_path / "traces", {out["trace_id"]})
    assert len(trajectory.turns) == out["turns"] >= 2
    assert sum(len(t.completion_token_ids) for t in trajectory.turns) == out["completion_tokens"]
    assert all(len(t.logprobs) == len(t.completion_token_ids) for t in trajectory.turns)
    assert trajectory.finish_reason == out["finish_reason"]


@pytest.mark.slow
def test_killed_batch_keeps_finished_results_and_completes_on_rerun(tmp_path):
    tasks = tmp_path / "tasks.jsonl"
    tasks.write_text("".join(json.dumps({"task": f"Create a file f{i}.txt containing {i}, then finish",
                                         "task_id": f"t{i}", "max_turns": 3}) + "\n" for i in range(3)))
    out = tmp_path / "results.jsonl"
    args = [*LOOPWRIGHT, "batch", str(tasks), "--out", str(out), "--concurrency", "1", "--sandbox", "local",
            "--temperature", "0", "--max-new-tokens", "48", "--trace-dir", str(tmp_path / "traces")]
    first = subprocess.Popen(args, cwd=tmp_path, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    while not (out.exists() and out.read_text().count("\n") >= 1):
        assert first.poll() is None, first.communicate()[1][-2000:]
        assert time.monotonic() < deadline
        time.sleep(0.2)
    os.kill(first.pid, signal.SIGKILL)
    first.wait()
    kept = [json.loads(line) for line in out.read_text().splitlines()]
    assert 1 <= len(kept) < 3 and all(r["error"] is None for r in kept)

    rerun = subprocess.run(args, cwd=tmp_path, env=ENV, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows[: len(kept)] == kept  # nothing finished was lost or rewritten
    assert sorted((r["task_id"], r["sample"]) for r in rows) == [("t0", 0), ("t1", 0), ("t2", 0)]


@pytest.mark.slow
@pytest.mark.docker
def test_batch_over_a_suite_traces_verified_runs_that_offline_training_reads(sandbox_image, tmp_path):
    from loopwright.train.config import TrainConfig
    from loopwright.train.offline import OfflineTraces

    traces = tmp_path / "traces"
    proc = subprocess.run(
        [*LOOPWRIGHT, "batch", "--suite", "arith", "--split", "train", "--limit", "2", "--samples", "2",
         "--max-turns", "1", "--max-new-tokens", "24", "--concurrency", "2", "--out", str(tmp_path / "r.jsonl"),
         "--trace-dir", str(traces)],
        cwd=tmp_path, env=ENV, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    rows = [json.loads(line) for line in (tmp_path / "r.jsonl").read_text().splitlines()]
    assert len(rows) == 4 and all(r["reward"] in (0.0, 1.0) for r in rows)
    runs = read_trajectories(traces)
    assert sorted(r.reward for r in runs) == sorted(r["reward"] for r in rows)
    source = OfflineTraces(traces, TrainConfig(algo="sft", tasks_per_step=2))
    assert source.runs == 4 and len(source.groups) == 2  # a task's samples are one group

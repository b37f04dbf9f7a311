"""Commands stopped with SIGTERM in a real process keep their work.

`eval` and `batch`: the finished runs stay in the results file, the runs in flight are
recorded as interrupted, and the same command run again does only the missing runs, ending
with one result per (task, sample). `train`: exit 0 with a checkpoint of the last finished
step, and the command it prints resumes to the end.
"""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

LOOPWRIGHT = [sys.executable, "-c", "from loopwright.cli import main; main()"]
ENV = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
TASKS = 3
SMALL = ["--sandbox", "local", "--max-turns", "2", "--max-new-tokens", "32", "--concurrency", "1"]


def _rows(path: Path) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    return [r for r in rows if "task_id" in r]


def _sigterm_once_ready(args: list[str], cwd: Path, ready, what: str, wait_s: float) -> tuple[int, str, str]:
    """Starts the command, sends SIGTERM once `ready()` holds; returns (status, stdout, stderr)."""
    proc = subprocess.Popen(args, cwd=cwd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 300  # loading the model comes first
        while not ready():
            assert proc.poll() is None, proc.communicate()[1][-2000:]
            assert time.monotonic() < deadline, f"no {what} finished"
            time.sleep(0.1)
        proc.send_signal(signal.SIGTERM)
        stdout, err = proc.communicate(timeout=wait_s)
    finally:
        proc.kill()
    return proc.returncode, stdout, err


def _stop_after_first_result(args: list[str], out: Path, cwd: Path) -> str:
    """Stops the command once a run is on disk; returns its stderr."""
    status, _, err = _sigterm_once_ready(args, cwd, lambda: out.exists() and bool(_rows(out)), "run", 30)
    assert status == 128 + signal.SIGTERM, err[-2000:]
    return err


@pytest.mark.slow
@pytest.mark.parametrize("command", ["eval", "batch"])
def test_sigterm_keeps_finished_runs_and_a_rerun_does_only_the_rest(tmp_path, command):
    out = tmp_path / "results.jsonl"
    if command == "eval":
        args = [*LOOPWRIGHT, "eval", "--suite", "arith", "--split", "test", "--limit", str(TASKS), "--json"]
    else:
        args = [*LOOPWRIGHT, "batch", "--suite", "arith", "--split", "test", "--limit", str(TASKS),
                "--temperature", "0"]
    args += [*SMALL, "--out", str(out), "--trace-dir", str(tmp_path / "traces")]

    err = _stop_after_first_result(args, out, tmp_path)
    assert "interrupted by SIGTERM:" in err and "rerun the same command" in err
    kept = [r for r in _rows(out) if r["finish_reason"] != "interrupted"]
    assert 1 <= len(kept) < TASKS
    assert all(r["error"] == "interrupted by SIGTERM" for r in _rows(out) if r["finish_reason"] == "interrupted")

    rerun = subprocess.run(args, cwd=tmp_path, env=ENV, capture_output=True, text=True, timeout=600)
    assert rerun.returncode in (0, 1), rerun.stderr[-2000:]  # batch: 1 only if every run errored
    rows = _rows(out)
    assert rows[: len(kept)] == kept  # nothing finished was lost or run again
    assert sorted(r["task_id"] for r in rows) == sorted({r["task_id"] for r in rows}) and len(rows) == TASKS
    assert not any(r["finish_reason"] == "interrupted" for r in rows)
    if command == "eval":
        assert f"{len(kept)} runs read back" in rerun.stderr
        report = json.loads(rerun.stdout.strip().splitlines()[-1])
        assert report["tasks"] == TASKS and report["runs"] == TASKS


@pytest.mark.slow
def test_sigterm_to_train_checkpoints_exits_0_and_the_printed_command_resumes(tmp_path):
    out = tmp_path / "run"
    args = ["train", "--algo", "grpo", "--suite", "arith", "--limit", "2", "--steps", "5", "--group-size", "2",
            "--tasks-per-step", "1", "--max-new-tokens", "16", "--max-turns", "1", "--lora-r", "4",
            "--checkpoint-every", "100", "--sandbox", "local", "--concurrency", "2", "--out", str(out),
            "--trace-dir", str(tmp_path / "traces")]
    log = out / "train_log.jsonl"
    status, stdout, err = _sigterm_once_ready([*LOOPWRIGHT, *args], tmp_path,
                                              lambda: log.exists() and log.read_text().count("\n") >= 1, "step", 120)
    assert status == 0, err[-2000:]
    steps_kept = log.read_text().count("\n")
    assert (out / "checkpoints" / "LATEST").read_text() == f"step-{steps_kept:06d}"
    resume = f"resume with: loopwright {' '.join(args)} --resume"
    assert f"stopped by SIGTERM at step {steps_kept}; {resume}" in err
    summary = json.loads(stdout.strip().splitlines()[-1])
    assert summary["stopped_by"] == "SIGTERM" and summary["stopped_at_step"] == steps_kept

    resumed = subprocess.run([*LOOPWRIGHT, *args, "--resume"], cwd=tmp_path, env=ENV, capture_output=True,
                             text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    assert [json.loads(line)["step"] for line in log.read_text().splitlines()] == list(range(5))
    assert (out / "checkpoints" / "LATEST").read_text() == "step-000005"

"""`loopwright train --nproc 2` end to end: torchrun starts two ranks, rank 0 rolls out and
writes the one record in --out, the command prints one summary line."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.slow
def test_train_with_two_ranks_writes_one_log_and_checkpoint(tmp_path):
    out = tmp_path / "run"
    loopwright = Path(sys.executable).parent / "loopwright"
    done = subprocess.run([
        str(loopwright), "train", "--algo", "sft", "--sft-threshold", "0", "--suite", "arith", "--limit", "2",
        "--steps", "1", "--group-size", "2", "--tasks-per-step", "1", "--max-new-tokens", "8",
        "--max-turns", "1", "--lora-r", "4", "--concurrency", "2", "--sandbox", "local",
        "--nproc", "2", "--out", str(out), "--trace-dir", str(tmp_path / "traces"),
    ], capture_output=True, text=True, timeout=300, cwd=tmp_path, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    assert done.returncode == 0, done.stderr[-3000:]
    summaries = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert len(summaries) == 1 and summaries[0]["nproc"] == 2  # rank 1 prints nothing
    log = [json.loads(line) for line in (out / "train_log.jsonl").read_text().splitlines()]
    assert len(log) == 1 and log[0]["runs"] == 2 and log[0]["loss"] is not None
    assert (out / "checkpoints" / "step-000001").is_dir() and (out / "adapter").is_dir()
    assert not list(tmp_path.glob("**/loopwright-rank*"))

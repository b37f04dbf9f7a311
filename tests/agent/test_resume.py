"""A run killed with SIGKILL mid-way resumes from the SQLite checkpointer by session id."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _child(db: Path, log: Path, delay_s: float) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.agent.kill_child", str(db), str(log), str(delay_s)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_sigkilled_run_resumes_by_session_id_and_finishes(tmp_path):
    db, log = tmp_path / "sessions.sqlite", tmp_path / "calls.log"
    child = _child(db, log, delay_s=30.0)  # the second call hangs until the kill
    deadline = time.monotonic() + 120
    while not (log.exists() and len(log.read_text().split()) >= 2):
        assert child.poll() is None, child.communicate()
        assert time.monotonic() < deadline, "child never reached its second tool call"
        time.sleep(0.1)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL

    resumed = _child(db, log, delay_s=0.0)
    out, err = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, err
    assert out.split() == ["finish", "5", "all", "done"]
    # Step 1 ran once; step 2 was in flight at the kill and runs again; nothing restarted from 1.
    assert log.read_text().split() == ["1", "2", "2", "3", "4"]

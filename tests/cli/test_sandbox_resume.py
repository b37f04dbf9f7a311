"""`loopwright run --session S` SIGKILLed after its sandbox wrote a file resumes with that file.

The real command in its own process (its model scripted, tests/cli/scripted_run.py), real
Docker: the process is killed while a later command runs, so nothing of ours runs in it;
the same command run again resumes the checkpointed session in a new container, whose
/workspace the session's volume filled, and the agent reads the file back.
"""

import json
import os
import signal
import sys
import time
import uuid

import pytest

from loopwright.envs.sandbox.volumes import list_volumes, remove_volume, volume_name
from tests.cli.scripted_run import NOTES
from tests.cli.test_signals import owned_by, start, wait_for_container

pytestmark = pytest.mark.docker


def test_a_sigkilled_run_resumes_with_the_files_its_sandbox_wrote(docker_client, sandbox_image, tmp_path):
    session = f"test-resume-{uuid.uuid4().hex[:6]}"
    mark = tmp_path / "long-command-asked"
    args = [sys.executable, "-m", "tests.cli.scripted_run", str(mark), "run", "write notes",
            "--session", session, "--format", "tool_call", "--json",
            "--trace-dir", str(tmp_path / "traces"), "--checkpoint-db", str(tmp_path / "s.sqlite")]
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    try:
        proc = start(args, cwd=tmp_path, env=env)
        try:
            wait_for_container(docker_client, proc, limit_s=60)
            deadline = time.monotonic() + 60
            while not mark.exists():
                assert proc.poll() is None and time.monotonic() < deadline, "the run never got to its long command"
                time.sleep(0.05)
            time.sleep(1.0)  # the long command is running
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
        finally:
            proc.kill()
        assert volume_name(session) in {v.name for v in list_volumes(docker_client)}
        while owned_by(docker_client, proc.pid):  # the orphan stops itself within its grace
            time.sleep(0.2)

        proc = start(args, cwd=tmp_path, env=env)
        out, _ = proc.communicate(timeout=120)
        assert proc.returncode == 0, out
        result = json.loads(out.strip().splitlines()[-1])
        assert NOTES in result["answer"]
    finally:
        remove_volume(docker_client, volume_name(session))

"""No leaks: labelled containers, the reaper at a manager's start, `loopwright sandbox ls|prune`."""

import os
import signal
import subprocess
import sys
import textwrap

import pytest
from docker.errors import NotFound
from typer.testing import CliRunner

from loopwright.cli.sandbox import sandbox_app
from loopwright.envs.sandbox.labels import list_sandboxes

pytestmark = pytest.mark.docker

HOLDER = textwrap.dedent("""
    import sys, time
    from loopwright.envs.sandbox import DockerSandbox, Limits
    # a long grace: the container outlives its SIGKILLed owner, as one would if it could not
    # stop itself (test_owner_death.py covers that it does), so the reaper has work to do
    sandbox = DockerSandbox(sys.argv[1], limits=Limits(orphan_grace_s=600))
    print(sandbox.container_id, flush=True)
    time.sleep(600)
""")
FORGETFUL = textwrap.dedent("""
    import sys
    from loopwright.envs.sandbox import DockerSandbox
    print(DockerSandbox(sys.argv[1]).container_id, flush=True)
""")
STARTER = textwrap.dedent("""
    import sys
    from loopwright.envs.sandbox import SandboxManager
    with SandboxManager("docker", image=sys.argv[1], pool_size=0) as sandboxes:
        sandboxes.sandbox_for("next")
""")


@pytest.fixture
def container_state(docker_client):
    """container id -> its status ('running', ...), or None when it is gone."""
    def state(container_id: str) -> str | None:
        try:
            return docker_client.api.inspect_container(container_id)["State"]["Status"]
        except NotFound:
            return None
    return state


def test_containers_carry_owner_labels(docker_sandbox, docker_client):
    labels = docker_client.api.inspect_container(docker_sandbox.container_id)["Config"]["Labels"]
    assert labels["loopwright.session"] == docker_sandbox.session_id
    assert labels["loopwright.owner_pid"] == str(os.getpid())
    assert labels["loopwright.created_at"].startswith("20")
    mine = [c for c in list_sandboxes(docker_client) if c.id == docker_sandbox.container_id]
    assert len(mine) == 1 and mine[0].owner_alive and mine[0].status == "running"


def test_sigkilled_owner_leaves_a_container_that_the_next_manager_removes(
        sandbox_image, docker_client, container_state):
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, sandbox_image],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None
    container_id = holder.stdout.readline().strip()
    assert container_state(container_id) == "running"
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    assert container_state(container_id) == "running"  # the leak the reaper exists for
    orphan = [c for c in list_sandboxes(docker_client) if c.id == container_id]
    assert len(orphan) == 1 and not orphan[0].owner_alive
    subprocess.run([sys.executable, "-c", STARTER, sandbox_image], check=True, timeout=120)
    assert container_state(container_id) is None


def test_cli_ls_and_prune_spare_live_owners(docker_sandbox, sandbox_image, container_state):
    runner = CliRunner()
    listed = runner.invoke(sandbox_app, ["ls"])
    assert listed.exit_code == 0
    assert docker_sandbox.container_id in listed.stdout and "alive" in listed.stdout
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, sandbox_image],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None
    orphan_id = holder.stdout.readline().strip()
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    pruned = runner.invoke(sandbox_app, ["prune"])
    assert pruned.exit_code == 0
    assert f"removed {orphan_id}" in pruned.stdout
    assert container_state(orphan_id) is None
    assert container_state(docker_sandbox.container_id) == "running"
    assert docker_sandbox.exec("echo ok").stdout == "ok\n"


def test_cli_build_from_a_missing_image_is_a_one_line_error():
    result = CliRunner().invoke(sandbox_app, ["build", "--from", "no-such-image:1"])
    assert result.exit_code == 1
    assert "not on this machine" in result.output and "Traceback" not in result.output


def test_any_session_id_gives_a_valid_container(sandbox_image, docker_client):
    from loopwright.envs.sandbox import DockerSandbox

    with DockerSandbox(sandbox_image, session_id="chat: Fix the bug / #12") as sandbox:
        labels = docker_client.api.inspect_container(sandbox.container_id)["Config"]["Labels"]
        assert labels["loopwright.session"] == "chat: Fix the bug / #12"
        assert sandbox.exec("echo ok").stdout == "ok\n"


def test_sandboxes_left_open_are_removed_when_the_program_exits(sandbox_image, container_state):
    done = subprocess.run([sys.executable, "-c", FORGETFUL, sandbox_image], capture_output=True,
                          text=True, check=True, timeout=120)
    container_id = done.stdout.strip()
    assert container_id and container_state(container_id) is None


def test_an_exited_owner_not_yet_reaped_owns_nothing():
    """A zombie (exited, its parent has not waited; PID 1 of some machines never reaps) still
    has a /proc entry with its start time: it must count as gone, or its containers stay."""
    import time
    from pathlib import Path

    from loopwright.envs.sandbox.labels import process_start_ticks

    child = subprocess.Popen(["true"])
    try:
        deadline = time.monotonic() + 10
        while Path(f"/proc/{child.pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z":
            assert time.monotonic() < deadline
            time.sleep(0.05)
        assert process_start_ticks(child.pid) is None
        assert process_start_ticks(os.getpid()) is not None
    finally:
        child.wait()


def test_a_stop_landing_while_the_container_is_created_leaves_none(sandbox_image, docker_client):
    """SIGTERM can arrive after the engine made the container and before its id came back (the
    moment a watcher first sees it): the interrupted start must still remove it, found by name."""
    from loopwright.envs.sandbox import DockerSandbox
    from loopwright.envs.sandbox.engine import connect

    client = connect()
    create = client.api.create_container

    def created_then_interrupted(*args, **kwargs):
        create(*args, **kwargs)
        raise KeyboardInterrupt  # what the signal handler raises in the main thread

    client.api.create_container = created_then_interrupted
    with pytest.raises(KeyboardInterrupt):
        DockerSandbox(sandbox_image, session_id="interrupted-create", client=client)
    assert not [c for c in list_sandboxes(docker_client) if c.session == "interrupted-create"]

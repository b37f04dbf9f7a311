"""Containers die with their owner, however it dies, and never while it lives.

The owner here is a real process (SIGKILLed, so no hook of its own runs): its containers
must stop and be removed by themselves within the orphan grace plus a little, a command in
flight included. A live owner's containers, pooled ones too, outlive the grace.
"""

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from docker.errors import NotFound

from loopwright.envs.sandbox import DockerSandbox, Limits, SandboxPool
from loopwright.envs.sandbox.docker import main_command
from loopwright.envs.sandbox.labels import list_sandboxes, owner_labels

pytestmark = pytest.mark.docker

GRACE_S = 2.0
SLACK_S = 4.0
"""Time past the grace for the engine to stop and remove a container on a busy machine."""
OWNER = textwrap.dedent("""
    import sys, threading, time
    from loopwright.envs.sandbox import Limits, SandboxManager
    limits = Limits(orphan_grace_s=float(sys.argv[2]))
    with SandboxManager("docker", image=sys.argv[1], pool_size=1, limits=limits) as sandboxes:
        sandbox = sandboxes.sandbox_for("run")
        if sys.argv[3] == "busy":  # the owner dies while a command runs
            threading.Thread(target=sandbox.exec, args=("sleep 120",), daemon=True).start()
        while sandboxes.pool.ready < 1:  # the pool's next container, idle, dies with us too
            time.sleep(0.05)
        print(sandbox.container_id, flush=True)
        time.sleep(600)
""")


def owned_by(client, pid: int) -> list[str]:
    """Ids of the sandbox containers whose owner is process `pid`."""
    return [c.id for c in list_sandboxes(client) if c.owner_pid == pid]


def wait_until_gone(client, pid: int, limit_s: float) -> float:
    """Seconds until no container of `pid` is left; fails past `limit_s`."""
    start = time.monotonic()
    while owned_by(client, pid):
        elapsed = time.monotonic() - start
        assert elapsed < limit_s, f"containers of {pid} still there after {elapsed:.1f}s"
        time.sleep(0.1)
    return time.monotonic() - start


@pytest.mark.parametrize("moment", ["idle", "busy"])
def test_sigkilled_owners_containers_stop_and_go_within_the_grace(sandbox_image, docker_client, moment):
    owner = subprocess.Popen([sys.executable, "-c", OWNER, sandbox_image, str(GRACE_S), moment],
                             stdout=subprocess.PIPE, text=True)
    assert owner.stdout is not None
    try:
        assert owner.stdout.readline().strip()
        assert len(owned_by(docker_client, owner.pid)) == 2  # the session's and the pool's
        os.kill(owner.pid, signal.SIGKILL)
        owner.wait()
        gone_s = wait_until_gone(docker_client, owner.pid, GRACE_S + SLACK_S)
    finally:
        owner.kill()
    assert gone_s >= GRACE_S - 0.5  # the grace was given: a reconnect could have come
    print(f"\n{moment}: containers gone {gone_s:.1f}s after SIGKILL (grace {GRACE_S}s)")


def test_live_owners_sandboxes_outlive_the_grace(sandbox_image, docker_client):
    limits = Limits(orphan_grace_s=0.5)
    with DockerSandbox(sandbox_image, limits=limits) as sandbox, \
            SandboxPool(sandbox_image, size=1, limits=limits) as pool:
        sandbox.exec("echo kept > note")
        sandbox._revive()  # the owner replacing its server: the old one sees EOF, a new one attaches
        time.sleep(3 * limits.orphan_grace_s + 1.0)
        assert sandbox.exec("cat note").stdout == "kept\n"  # same container, files intact
        pooled = pool.acquire()
        try:
            assert pooled.exec("echo ok").stdout == "ok\n"
        finally:
            pooled.close()


def test_a_container_no_server_ever_attaches_to_stops_by_itself(sandbox_image, docker_client):
    container = docker_client.containers.create(
        sandbox_image, main_command(first_server_wait_s=1.0), init=True, auto_remove=True,
        labels=owner_labels("never-attached"), user="1000:1000", network_mode="none")
    container.start()
    start = time.monotonic()
    while True:
        try:
            docker_client.api.inspect_container(container.id)
        except NotFound:
            break
        assert time.monotonic() - start < 1.0 + SLACK_S, "the unattached container is still there"
        time.sleep(0.1)

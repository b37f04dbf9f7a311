"""Stop signals end a command cleanly: exit hooks run, and no sandbox container is left.

Real processes, real signals, real Docker: an owner of a SandboxManager, `loopwright suite
check` and `loopwright run` are stopped with SIGTERM, SIGINT or SIGHUP and must leave no
container behind, long before a container would stop itself as an orphan.
"""

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from loopwright.envs.sandbox.labels import list_sandboxes

LOOPWRIGHT = str(Path(sys.executable).with_name("loopwright"))
STALLED = textwrap.dedent("""
    import atexit, sys, time
    from loopwright.cli.signals import exit_on_signals
    atexit.register(lambda: print("exit hooks ran", flush=True))
    with exit_on_signals(deadline_s=float(sys.argv[1])):
        try:
            print("ready", flush=True)
            time.sleep(60)
        finally:
            time.sleep(60)  # unwinding that never ends (a thread pool finishing its queue)
""")
OWNER = textwrap.dedent("""
    import sys, time
    from loopwright.cli.signals import exit_on_signals
    from loopwright.envs.sandbox import Limits, SandboxManager
    limits = Limits(orphan_grace_s=120)  # only a clean exit removes these in time
    with exit_on_signals(), SandboxManager("docker", image=sys.argv[1], pool_size=1,
                                           limits=limits) as sandboxes:
        sandboxes.sandbox_for("run")
        while sandboxes.pool.ready < 1:
            time.sleep(0.05)
        print("ready", flush=True)
        time.sleep(600)
""")


def as_from_a_terminal() -> None:
    """The stop signals at their defaults, as in a command started from a terminal: a test run
    in the background (`nohup`, `cmd &`, some CI runners) hands SIGINT and SIGHUP down ignored."""
    for signum in (signal.SIGINT, signal.SIGHUP, signal.SIGTERM):
        signal.signal(signum, signal.SIG_DFL)


def start(args: list[str], **kwargs) -> subprocess.Popen:
    kwargs.setdefault("preexec_fn", as_from_a_terminal)
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            **kwargs)


def owned_by(client, pid: int) -> list[str]:
    return [c.id for c in list_sandboxes(client) if c.owner_pid == pid]


def wait_for_container(client, proc: subprocess.Popen, limit_s: float) -> None:
    """Until `proc` owns a running container (fails if it ends or takes longer)."""
    deadline = time.monotonic() + limit_s
    while not owned_by(client, proc.pid):
        assert proc.poll() is None, f"exited with {proc.returncode} before starting a container"
        assert time.monotonic() < deadline, "no container started"
        time.sleep(0.1)


def stop_and_time(client, proc: subprocess.Popen, signum: int, limit_s: float) -> float:
    """Send `signum`; seconds until the process ended and none of its containers is left."""
    sent = time.monotonic()
    proc.send_signal(signum)
    proc.wait(timeout=limit_s)
    while owned_by(client, proc.pid):
        assert time.monotonic() - sent < limit_s, "a container outlived its stopped owner"
        time.sleep(0.1)
    return time.monotonic() - sent


def test_a_stalled_exit_is_forced_after_the_deadline_with_exit_hooks_run():
    proc = start([sys.executable, "-c", STALLED, "1.0"])
    assert proc.stdout is not None and proc.stdout.readline() == "ready\n"
    sent = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=20) == 128 + signal.SIGTERM
    assert time.monotonic() - sent < 10
    assert proc.stdout.read() == "exit hooks ran\n"


def test_a_second_signal_ends_the_unwinding_at_once():
    proc = start([sys.executable, "-c", STALLED, "600"])
    assert proc.stdout is not None and proc.stdout.readline() == "ready\n"
    proc.send_signal(signal.SIGINT)
    time.sleep(0.5)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=20) == 128 + signal.SIGTERM
    assert proc.stdout.read() == "exit hooks ran\n"


def test_a_signal_the_parent_ignores_stays_ignored():
    proc = start([sys.executable, "-c", STALLED, "1.0"],
                 preexec_fn=lambda: (as_from_a_terminal(), signal.signal(signal.SIGHUP, signal.SIG_IGN)))
    assert proc.stdout is not None and proc.stdout.readline() == "ready\n"
    proc.send_signal(signal.SIGHUP)  # as under `nohup`
    time.sleep(1.5)
    assert proc.poll() is None
    proc.kill()
    proc.wait()


@pytest.mark.docker
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP],
                         ids=["SIGTERM", "SIGINT", "SIGHUP"])
def test_a_stopped_owner_removes_its_containers_pooled_ones_too(sandbox_image, docker_client, signum):
    proc = start([sys.executable, "-c", OWNER, sandbox_image])
    try:
        assert proc.stdout is not None and proc.stdout.readline() == "ready\n"
        assert len(owned_by(docker_client, proc.pid)) == 2
        gone_s = stop_and_time(docker_client, proc, signum, limit_s=15)
    finally:
        proc.kill()
    assert proc.returncode in (128 + signum, -signal.SIGINT)  # SIGINT: Python's own exit for it
    print(f"\n{signal.Signals(signum).name}: owner and containers gone {gone_s:.1f}s after the signal")


@pytest.mark.docker
def test_loopwright_suite_check_stopped_with_sigterm_leaves_no_container(sandbox_image, docker_client):
    proc = start([LOOPWRIGHT, "suite", "check", "arith", "--split", "all", "--workers", "1"])
    try:
        wait_for_container(docker_client, proc, limit_s=60)
        gone_s = stop_and_time(docker_client, proc, signal.SIGTERM, limit_s=15)
    finally:
        proc.kill()
    assert proc.returncode == 128 + signal.SIGTERM
    print(f"\nsuite check: containers gone {gone_s:.1f}s after SIGTERM")


@pytest.mark.slow
@pytest.mark.docker
def test_loopwright_run_stopped_with_sigterm_mid_run_leaves_no_container(
        sandbox_image, docker_client, tmp_path):
    proc = start([LOOPWRIGHT, "run", "Create a file hello.txt containing hi, then finish",
                  "--max-turns", "10", "--trace-dir", str(tmp_path / "traces"),
                  "--checkpoint-db", str(tmp_path / "s.sqlite")],
                 cwd=tmp_path, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    try:
        wait_for_container(docker_client, proc, limit_s=240)  # loading the model comes first
        gone_s = stop_and_time(docker_client, proc, signal.SIGTERM, limit_s=15)
    finally:
        proc.kill()
    assert proc.returncode == 128 + signal.SIGTERM
    print(f"\nrun: containers gone {gone_s:.1f}s after SIGTERM")

"""SandboxManager: one sandbox per session, pooled when the request fits, all gone on close."""

import os
import time
import uuid
import warnings

import pytest

from loopwright.envs.sandbox import Limits, LocalUnsafeWarning, SandboxManager, SandboxRequest
from tests.fixtures.docker import container_exists

TASK_LIMITS = Limits(mem_mb=512)
"""What the shipped task suites ask for (differs from the default Limits)."""


def wait_ready(sandboxes: SandboxManager, count: int, within_s: float = 120.0) -> None:
    deadline = time.monotonic() + within_s
    while sandboxes.pool is None or sandboxes.pool.ready < count:
        last = sandboxes.pool.last_error if sandboxes.pool else None
        assert time.monotonic() < deadline, f"pool never had {count} ready: {last}"
        time.sleep(0.05)


def session_label(sandboxes: SandboxManager, docker_client, session_id: str) -> str:
    container_id = sandboxes.peek(session_id).container_id
    return docker_client.api.inspect_container(container_id)["Config"]["Labels"]["loopwright.session"]


@pytest.fixture
def counted_image(sandbox_image, docker_client):
    """The sandbox image under a tag of this test alone, so the engine's start events count
    this test's containers and nobody else's."""
    repo = f"loopwright-count-{uuid.uuid4().hex[:8]}"
    docker_client.images.get(sandbox_image).tag(repo, "1")
    yield f"{repo}:1"
    docker_client.images.remove(f"{repo}:1")


def containers_started(docker_client, image: str, since_s: float) -> int:
    """Containers of `image` this process started since `since_s`, as the engine reports them."""
    until_s = time.time() + 1.0
    time.sleep(max(0.0, until_s - time.time()))  # the events call returns at `until`
    events = docker_client.api.events(
        since=int(since_s), until=int(until_s) + 1, decode=True,
        filters={"event": "start", "type": "container", "label": f"loopwright.owner_pid={os.getpid()}"})
    return sum(e["Actor"]["Attributes"].get("image") == image for e in events)


def test_a_session_keeps_its_sandbox_until_released_and_reports_each_change():
    events = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LocalUnsafeWarning)
        with SandboxManager("local", on_state=lambda s, e: events.append((s, e))) as sandboxes:
            first = sandboxes.sandbox_for("a")
            first.exec("cd /tmp")
            assert sandboxes.sandbox_for("a") is first
            assert sandboxes.sandbox_for("b") is not first
            sandboxes.release("a")
            assert sandboxes.peek("a") is None and sandboxes.peek("b") is not None
            assert sandboxes.sandbox_for("a").exec("pwd").stdout != "/tmp\n"  # a new one
    assert events[:7] == [("a", "starting"), ("a", "ready"), ("b", "starting"), ("b", "ready"),
                          ("a", "closed"), ("a", "starting"), ("a", "ready")]
    assert sorted(events[7:]) == [("a", "closed"), ("b", "closed")]  # closing the manager


def test_setup_runs_once_and_a_failing_setup_leaves_no_sandbox():
    made = []

    class FakeSandbox:
        closed = False

        def close(self) -> None:
            self.closed = True

    def starter(request: SandboxRequest, session_id: str) -> FakeSandbox:
        made.append(FakeSandbox())
        return made[-1]

    calls = []
    with SandboxManager(starter=starter) as sandboxes:
        request = SandboxRequest(setup=calls.append)
        sandboxes.sandbox_for("s", request)
        sandboxes.sandbox_for("s", request)
        assert calls == [made[0]]

        def broken(sandbox) -> None:
            raise RuntimeError("fixture files missing")

        with pytest.raises(RuntimeError, match="fixture files missing"):
            sandboxes.sandbox_for("t", SandboxRequest(setup=broken))
        assert sandboxes.peek("t") is None and made[1].closed
    assert made[0].closed


def test_nonsense_settings_are_refused(tmp_path):
    with pytest.raises(ValueError, match="'docker' or 'local'"):
        SandboxManager("podman")
    with pytest.raises(ValueError, match="0 or more"):
        SandboxManager(pool_size=-1)
    with pytest.raises(ValueError, match="not a directory"):
        SandboxManager(workspace=tmp_path / "absent")


@pytest.mark.docker
def test_runs_that_match_the_pool_get_a_started_container_and_others_a_cold_one(
        sandbox_image, docker_client):
    with SandboxManager("docker", image=sandbox_image, pool_size=1) as sandboxes:
        sandboxes.warm(SandboxRequest(limits=TASK_LIMITS))
        wait_ready(sandboxes, 1)
        started = time.perf_counter()
        pooled = sandboxes.sandbox_for("run-1", SandboxRequest(limits=TASK_LIMITS))
        pooled_s = time.perf_counter() - started
        assert session_label(sandboxes, docker_client, "run-1").startswith("pool-")
        assert pooled.exec("echo pooled").stdout == "pooled\n" and pooled_s < 0.2
        cold = sandboxes.sandbox_for("run-2", SandboxRequest(limits=Limits(mem_mb=256)))
        assert session_label(sandboxes, docker_client, "run-2") == "run-2"
        memory = docker_client.api.inspect_container(cold.container_id)["HostConfig"]["Memory"]
        assert memory == 256 * 2**20
        wait_ready(sandboxes, 1)  # refilled after the hand-out
        everything = [pooled.container_id, cold.container_id,
                      *(s.container_id for s in list(sandboxes.pool._ready))]
    assert not any(container_exists(docker_client, c) for c in everything)


@pytest.mark.docker
def test_the_first_docker_sandbox_warms_the_pool_for_its_request(sandbox_image):
    with SandboxManager("docker", image=sandbox_image, pool_size=1) as sandboxes:
        assert sandboxes.pool is None
        sandboxes.sandbox_for("first", SandboxRequest(limits=TASK_LIMITS))
        assert sandboxes.pool is not None and sandboxes.pool.limits == TASK_LIMITS
    with SandboxManager("docker", image=sandbox_image, pool_size=0) as sandboxes:
        sandboxes.sandbox_for("cold")
        assert sandboxes.pool is None


@pytest.mark.docker
def test_the_host_workspace_is_copied_in_and_back_on_release(sandbox_image, tmp_path):
    (tmp_path / "notes.txt").write_text("draft")
    with SandboxManager("docker", image=sandbox_image, pool_size=0, workspace=tmp_path) as sandboxes:
        sandbox = sandboxes.sandbox_for("ws")
        assert sandbox.exec("cat notes.txt").stdout == "draft"
        sandbox.exec("echo final > notes.txt && mkdir out && echo 1 > out/result.txt")
        sandboxes.release("ws")
    assert (tmp_path / "notes.txt").read_text() == "final\n"
    assert (tmp_path / "out" / "result.txt").read_text() == "1\n"


@pytest.mark.docker
def test_expected_runs_warm_the_pool_at_once_and_start_no_more_containers_than_runs(
        counted_image, docker_client):
    since_s = time.time()
    request = SandboxRequest(limits=TASK_LIMITS)
    with SandboxManager("docker", image=counted_image, pool_size=2) as sandboxes:
        sandboxes.expect([request] * 3 + [SandboxRequest(limits=Limits(mem_mb=256))])
        assert sandboxes.pool is not None and sandboxes.pool.limits == TASK_LIMITS  # before any run
        for run in ("run-1", "run-2", "run-3"):
            sandboxes.sandbox_for(run, request)
            assert session_label(sandboxes, docker_client, run).startswith("pool-")  # never cold
            sandboxes.release(run)  # its container goes back to the pool, reset
        time.sleep(1.0)  # a wrong refill would be starting now
        assert sandboxes.pool.ready == 2 and sandboxes.pool.reused == 3
    assert containers_started(docker_client, counted_image, since_s) == 2  # was 2 + 3 refills, then 3


@pytest.mark.docker
def test_the_first_run_waits_for_the_pools_start_instead_of_starting_its_own(
        counted_image, docker_client):
    since_s = time.time()
    with SandboxManager("docker", image=counted_image, pool_size=1) as sandboxes:
        sandboxes.sandbox_for("first")  # warms the pool (no budget: as in chat) and takes its start
        assert session_label(sandboxes, docker_client, "first").startswith("pool-")
        wait_ready(sandboxes, 1)  # without a budget the pool refills after the hand-out, as before
    assert containers_started(docker_client, counted_image, since_s) == 2

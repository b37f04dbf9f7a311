"""SandboxPool: pre-started sandboxes handed out ready, refilled, cleaned up on close."""

import time

import pytest

from loopwright.envs.sandbox import SandboxPool
from tests.fixtures.docker import container_exists

pytestmark = pytest.mark.docker


def wait_ready(pool: SandboxPool, count: int, within_s: float = 120.0) -> None:
    deadline = time.monotonic() + within_s
    while pool.ready < count:
        assert time.monotonic() < deadline, f"pool never had {count} ready: {pool.last_error}"
        time.sleep(0.05)


def test_pool_hands_out_started_distinct_sandboxes_and_refills(sandbox_image, docker_client):
    with SandboxPool(sandbox_image, size=2) as pool:
        wait_ready(pool, 2)
        first, second = pool.acquire(), pool.acquire()
        try:
            assert first.container_id != second.container_id
            assert first.exec("echo one").stdout == "one\n"
            assert second.exec("echo two").stdout == "two\n"
            wait_ready(pool, 2)  # refilled in the background
            idle = [s.container_id for s in list(pool._ready.queue)]
        finally:
            first.close()
            second.close()
    assert not any(container_exists(docker_client, c) for c in idle)  # close removed the unused ones


def test_pool_of_size_zero_starts_nothing_ahead(sandbox_image):
    with SandboxPool(sandbox_image, size=0) as pool:
        assert pool.ready == 0
        with pool.acquire() as sandbox:
            assert sandbox.exec("echo cold").stdout == "cold\n"
        assert pool.ready == 0


def test_negative_pool_size_is_refused():
    with pytest.raises(ValueError, match="0 or more"):
        SandboxPool("any", size=-1)

"""SandboxPool: pre-started sandboxes handed out ready, refilled, cleaned up on close.

The budget and in-flight rules are checked with a stand-in starter whose starts the test
holds open or counts (deterministic, no engine); hand-out and clean-up with real Docker.
"""

import threading
import time

import pytest

from loopwright.envs.sandbox import SandboxError, SandboxPool
from loopwright.envs.sandbox import pool as pool_module
from tests.fixtures.docker import container_exists


class StandInSandbox:
    """What the pool needs of a sandbox: whether it is alive, and close()."""

    def __init__(self, session_id: str) -> None:
        self.session_id = session_id
        self.alive = True
        self.closed = False

    def close(self) -> None:
        self.closed = True


class Starter:
    """Counts every start; the pool's own starts (`pool-…`) wait for `go` and may fail."""

    def __init__(self, pool_starts_wait: bool = False, pool_starts_fail: bool = False) -> None:
        self.sessions: list[str] = []
        self.go = threading.Event()
        if not pool_starts_wait:
            self.go.set()
        self.fail = pool_starts_fail
        self._lock = threading.Lock()

    def __call__(self, session_id: str) -> StandInSandbox:
        with self._lock:
            self.sessions.append(session_id)
        if session_id.startswith("pool-"):
            assert self.go.wait(30.0), "the test never let the pool's start finish"
            if self.fail:
                raise SandboxError("no engine answers")
        return StandInSandbox(session_id)

    @property
    def pool_starts(self) -> int:
        return sum(s.startswith("pool-") for s in self.sessions)

    @property
    def cold_starts(self) -> list[str]:
        return [s for s in self.sessions if not s.startswith("pool-")]


def wait_until(condition, what: str, within_s: float = 10.0) -> None:
    deadline = time.monotonic() + within_s
    while not condition():
        assert time.monotonic() < deadline, f"never happened: {what}"
        time.sleep(0.01)


def settle() -> None:
    """Long enough for the filler to start another if it (wrongly) wanted to: starts are instant."""
    time.sleep(0.3)


def acquire_in_thread(pool: SandboxPool, session_id: str) -> tuple[threading.Thread, list]:
    got: list = []
    thread = threading.Thread(target=lambda: got.append(pool.acquire(session_id)))
    thread.start()
    return thread, got


def test_a_budget_caps_starts_at_the_runs_still_to_come():
    starter = Starter()
    with SandboxPool("any", size=2, runs=3, start=starter) as pool:
        wait_until(lambda: pool.ready == 2, "two ready")
        handed = [pool.acquire(f"run-{i}") for i in range(3)]
        settle()
        assert starter.pool_starts == 3 and starter.cold_starts == []  # not 2 + a refill per acquire
        assert pool.ready == 0 and pool.started == 3
        assert all(s.session_id.startswith("pool-") for s in handed)
        pool.expect(1)  # one more run announced: one more start, no more
        wait_until(lambda: pool.ready == 1, "the announced run's sandbox")
        settle()
        assert starter.pool_starts == 4


def test_a_budget_smaller_than_the_pool_starts_only_that_many():
    starter = Starter()
    with SandboxPool("any", size=4, runs=1, start=starter) as pool:
        wait_until(lambda: pool.ready == 1, "one ready")
        settle()
        assert starter.pool_starts == 1


def test_without_a_budget_the_pool_refills_to_its_size_after_every_acquire():
    starter = Starter()
    with SandboxPool("any", size=2, start=starter) as pool:
        wait_until(lambda: pool.ready == 2, "two ready")
        for i in range(3):
            pool.acquire(f"run-{i}")
        wait_until(lambda: pool.ready == 2, "refilled")
        settle()
        assert starter.pool_starts == 5 and starter.cold_starts == []


def test_an_acquire_waits_for_the_start_in_flight_instead_of_starting_a_second():
    starter = Starter(pool_starts_wait=True)
    with SandboxPool("any", size=1, runs=1, start=starter) as pool:
        thread, got = acquire_in_thread(pool, "run-1")  # possibly before the filler even began
        wait_until(lambda: starter.pool_starts == 1, "the pool's start began")
        settle()
        assert thread.is_alive() and starter.cold_starts == []  # waiting, not starting its own
        starter.go.set()
        thread.join(10.0)
        assert got[0].session_id.startswith("pool-")
        settle()
        assert starter.sessions == [got[0].session_id]  # one container for one run


def test_a_second_acquire_starts_cold_when_the_start_in_flight_is_already_claimed():
    starter = Starter(pool_starts_wait=True)
    with SandboxPool("any", size=1, start=starter) as pool:
        thread, got = acquire_in_thread(pool, "run-1")
        wait_until(lambda: pool._waiting == 1, "the first acquire waits")
        second = pool.acquire("run-2")
        assert second.session_id == "run-2" and thread.is_alive()
        starter.go.set()
        thread.join(10.0)
        assert got[0].session_id.startswith("pool-")


def test_a_failed_start_in_flight_sends_the_waiting_acquire_to_a_cold_start():
    starter = Starter(pool_starts_wait=True, pool_starts_fail=True)
    with SandboxPool("any", size=1, start=starter) as pool:
        thread, got = acquire_in_thread(pool, "run-1")
        wait_until(lambda: pool._waiting == 1, "the acquire waits")
        starter.go.set()
        thread.join(10.0)
        assert got[0].session_id == "run-1"
        assert "no engine answers" in str(pool.last_error)


def test_the_wait_for_a_start_in_flight_is_bounded(monkeypatch):
    monkeypatch.setattr(pool_module, "START_TIMEOUT_S", 0.2)
    starter = Starter(pool_starts_wait=True)
    pool = SandboxPool("any", size=1, start=starter)
    try:
        started = time.monotonic()
        assert pool.acquire("run-1").session_id == "run-1"
        assert 0.15 < time.monotonic() - started < 5.0
    finally:
        starter.go.set()
        pool.close()


def test_a_dead_ready_sandbox_is_closed_and_not_handed_out():
    starter = Starter()
    with SandboxPool("any", size=1, runs=2, start=starter) as pool:
        wait_until(lambda: pool.ready == 1, "one ready")
        dead = pool._ready[0]
        dead.alive = False
        handed = pool.acquire("run-1")
        assert handed is not dead and dead.closed


def test_nonsense_sizes_and_budgets_are_refused():
    with pytest.raises(ValueError, match="0 or more"):
        SandboxPool("any", size=-1, start=Starter())
    with pytest.raises(ValueError, match="runs to come must be 0 or more"):
        SandboxPool("any", size=1, runs=-1, start=Starter())


def test_a_closed_pool_refuses_to_hand_out_and_closes_what_it_held():
    starter = Starter()
    pool = SandboxPool("any", size=2, start=starter)
    wait_until(lambda: pool.ready == 2, "two ready")
    held = list(pool._ready)
    pool.close()
    assert all(s.closed for s in held)
    with pytest.raises(SandboxError, match="closed"):
        pool.acquire()


# --- real Docker ----------------------------------------------------------------------
def wait_ready(pool: SandboxPool, count: int, within_s: float = 120.0) -> None:
    deadline = time.monotonic() + within_s
    while pool.ready < count:
        assert time.monotonic() < deadline, f"pool never had {count} ready: {pool.last_error}"
        time.sleep(0.05)


@pytest.mark.docker
def test_pool_hands_out_started_distinct_sandboxes_and_refills(sandbox_image, docker_client):
    with SandboxPool(sandbox_image, size=2) as pool:
        wait_ready(pool, 2)
        first, second = pool.acquire(), pool.acquire()
        try:
            assert first.container_id != second.container_id
            assert first.exec("echo one").stdout == "one\n"
            assert second.exec("echo two").stdout == "two\n"
            wait_ready(pool, 2)  # refilled in the background
            idle = [s.container_id for s in list(pool._ready)]
        finally:
            first.close()
            second.close()
    assert not any(container_exists(docker_client, c) for c in idle)  # close removed the unused ones


@pytest.mark.docker
def test_pool_of_size_zero_starts_nothing_ahead(sandbox_image):
    with SandboxPool(sandbox_image, size=0) as pool:
        assert pool.ready == 0
        with pool.acquire() as sandbox:
            assert sandbox.exec("echo cold").stdout == "cold\n"
        assert pool.ready == 0

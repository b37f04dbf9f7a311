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
    """What the pool needs of a sandbox: whether it is alive, reset() and close()."""

    def __init__(self, session_id: str) -> None:
        self.session_id = session_id
        self.alive = True
        self.closed = False
        self.resets = 0
        self.reset_fails = False

    def reset(self) -> None:
        if self.reset_fails:
            raise SandboxError("the command server stopped answering")
        self.resets += 1

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
        handed = [pool.acquire(f"run-{i}") for i in range(2)]
        settle()
        assert starter.pool_starts == 2 and pool.ready == 0  # no refill while both are out
        pool.give_back(handed[0])  # the first run ends: its sandbox serves the third
        assert pool.acquire("run-2") is handed[0]
        settle()
        assert starter.pool_starts == 2 and starter.cold_starts == []  # not 2 + a refill per acquire
        assert all(s.session_id.startswith("pool-") for s in handed)
        pool.expect(1)  # one more run announced while two are out: it will get one of theirs
        settle()
        assert starter.pool_starts == 2
        pool.give_back(handed[1])
        assert pool.acquire("run-3") is handed[1] and starter.pool_starts == 2


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


def test_given_back_sandboxes_serve_the_runs_to_come_without_more_starts():
    starter = Starter()
    with SandboxPool("any", size=2, runs=6, start=starter) as pool:
        wait_until(lambda: pool.ready == 2, "two ready")
        handed = []
        for wave in range(3):  # two runs at a time, each giving its sandbox back as it ends
            runs = [pool.acquire(f"run-{wave}-{i}") for i in range(2)]
            for sandbox in runs:
                pool.give_back(sandbox)
            handed += runs
        settle()
        assert starter.pool_starts == 2 and starter.cold_starts == []  # was 6 starts
        assert pool.reused == 6 and pool.ready == 2  # kept for the next runs announced
        assert len({id(s) for s in handed}) == 2 and all(s.resets == 3 for s in handed)
        assert not any(s.closed for s in handed)


def test_sandboxes_handed_out_count_as_coming_back_so_the_filler_waits_for_them():
    starter = Starter()
    with SandboxPool("any", size=2, runs=4, start=starter) as pool:
        wait_until(lambda: pool.ready == 2, "two ready")
        first, second = pool.acquire("run-1"), pool.acquire("run-2")
        settle()
        assert starter.pool_starts == 2  # two runs to come, two sandboxes out that will serve them
        first.alive = False  # dies in its run: closed, and its run-to-come needs a start
        pool.give_back(first)
        assert first.closed and first.resets == 0
        wait_until(lambda: pool.ready == 1, "a start for the dead one's successor")
        pool.give_back(second)
        settle()
        assert starter.pool_starts == 3 and pool.ready == 2


def test_a_sandbox_whose_reset_fails_or_that_nobody_will_take_is_closed():
    starter = Starter()
    with SandboxPool("any", size=1, runs=3, start=starter) as pool:
        wait_until(lambda: pool.ready == 1, "one ready")
        broken = pool.acquire("run-1")
        broken.reset_fails = True
        pool.give_back(broken)
        assert broken.closed and pool.reused == 0
        spare, extra = pool.acquire("run-2"), pool.acquire("run-3")  # the second starts cold
        pool.give_back(spare)
        pool.give_back(extra)  # no run to come, and the pool holds its size already
        assert not spare.closed and extra.closed and pool.ready == 1
    assert spare.closed  # closing the pool closes what it held


def test_a_sandbox_given_back_to_a_closed_pool_is_closed_without_a_reset():
    starter = Starter()
    pool = SandboxPool("any", size=1, start=starter)
    sandbox = pool.acquire("run-1")
    pool.close()
    pool.give_back(sandbox)
    assert sandbox.closed and sandbox.resets == 0


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


@pytest.mark.docker
def test_a_container_given_back_is_handed_out_again_as_a_new_one_would_be(sandbox_image):
    listing = "ls -A /workspace /tmp /dev/shm"
    commands = "for p in /proc/[0-9]*; do tr '\\0' ' ' < $p/cmdline; echo; done"
    with SandboxPool(sandbox_image, size=1, runs=2) as pool:
        wait_ready(pool, 1)
        first = pool.acquire()
        fresh_listing = first.exec(listing).stdout
        first.exec("mkdir -p sub/locked && echo secret > sub/locked/answer.txt && chmod 000 sub/locked sub"
                   " && echo x > /tmp/notes && echo y > /dev/shm/z && mkdir /tmp/deep && chmod 0 /tmp/deep"
                   " && (setsid sleep 1000 > /dev/null 2>&1 &) && mkdir -p d && cd d && export LEFT=over")
        assert "sleep 1000" in first.exec(commands).stdout  # an escapee outlives its command
        pool.give_back(first)
        second = pool.acquire()
        try:
            assert second is first and pool.reused == 1 and pool.started == 1
            assert second.exec(listing).stdout == fresh_listing
            assert second.exec("pwd; echo \"[$LEFT]\"").stdout == "/workspace\n[]\n"
            assert "sleep 1000" not in second.exec(commands).stdout
            assert second.exec("echo again > a.txt && cat a.txt").stdout == "again\n"
        finally:
            second.close()

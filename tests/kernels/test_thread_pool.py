"""The kernels' spinning thread pool (csrc/thread_pool.cpp) under what a process does to it: more
threads than cores, callers on several Python threads at once, a change of thread count, a fork.
Each case is checked by a GGUF matmul forced to split, against the same matmul on one thread."""

import multiprocessing
import threading
from collections.abc import Iterator
from dataclasses import replace

import pytest
import torch

from loopwright.kernels.cpu_build import BUILDS, load_build
from loopwright.kernels.cpu_features import host_cpu
from loopwright.kernels.gguf_matmul import QuantizedMatrix
from tests.kernels.test_gguf_matmul import random_blocks, varied_activations

BUILD = next(b for b in BUILDS if host_cpu().has(b.required_features))  # the build the engine loads


@pytest.fixture
def split_everything() -> Iterator[None]:
    """Every kernel call splits (no work threshold) over 4 threads, whatever the cores."""
    kernels, threads = load_build(BUILD), torch.get_num_threads()
    kernels.set_min_parallel_work(0)
    torch.set_num_threads(4)
    yield
    torch.set_num_threads(threads)
    kernels.set_min_parallel_work(kernels.MIN_PARALLEL_WORK)


def matrix_and_input(seed: int) -> tuple[QuantizedMatrix, torch.Tensor]:
    blocks = random_blocks("Q4_1", 301, 256, seed=seed)  # 301 rows: chunks of unequal size
    return replace(QuantizedMatrix.from_blocks("Q4_1", blocks, 256), exact=False), varied_activations(3, 256, seed)


def one_thread_result(matrix: QuantizedMatrix, x: torch.Tensor) -> torch.Tensor:
    kernels = load_build(BUILD)
    kernels.set_min_parallel_work(kernels.MIN_PARALLEL_WORK)
    try:
        return matrix.matmul(x, build=BUILD)
    finally:
        kernels.set_min_parallel_work(0)


def test_callers_on_several_threads_at_once_each_get_their_own_result(split_everything):
    """Two engines stepping at once: one holds the pool, the other runs inline; neither waits
    forever nor mixes the other's chunks into its output."""
    cases = [matrix_and_input(seed) for seed in range(4)]
    expected = [one_thread_result(m, x) for m, x in cases]
    results: dict[int, list[torch.Tensor]] = {i: [] for i in range(len(cases))}

    def hammer(i: int) -> None:
        matrix, x = cases[i]
        results[i] = [matrix.matmul(x, build=BUILD) for _ in range(50)]

    threads = [threading.Thread(target=hammer, args=(i,)) for i in range(len(cases))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not any(t.is_alive() for t in threads), "a caller hung in the pool"
    for i, want in enumerate(expected):
        assert len(results[i]) == 50 and all(torch.equal(got, want) for got in results[i])


def test_a_new_thread_count_resizes_the_pool(split_everything):
    matrix, x = matrix_and_input(7)
    want = one_thread_result(matrix, x)
    for threads in (3, 2, 4):
        torch.set_num_threads(threads)
        assert torch.equal(matrix.matmul(x, build=BUILD), want), threads


def test_a_forked_child_computes_without_the_parents_workers(split_everything):
    """A fork copies the pool but not its threads: the child must start its own, not wait for
    workers that do not exist in it. (The inputs are made before the fork: torch's own OpenMP
    pool is not fork-safe once used.)"""
    matrix, x = matrix_and_input(9)
    want = matrix.matmul(x, build=BUILD)  # the parent's pool is running
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=lambda: queue.put(matrix.matmul(x, build=BUILD).tolist()))
    child.start()
    got = queue.get(timeout=120)
    child.join(timeout=30)
    assert child.exitcode == 0
    assert torch.equal(torch.tensor(got), want)


def test_rested_workers_wake_for_the_next_split(split_everything):
    """`rest_workers` (before a prefill's MKL matmuls) sends the spinning workers to sleep at
    once; every later split still gets its workers back and the same result, from this thread
    and from another (the engine steps on its own thread)."""
    kernels = load_build(BUILD)
    matrix, x = matrix_and_input(11)
    want = one_thread_result(matrix, x)
    results: list[torch.Tensor] = []

    def rest_and_split() -> None:
        for _ in range(50):
            kernels.rest_workers()
            results.append(matrix.matmul(x, build=BUILD))

    rest_and_split()
    other = threading.Thread(target=rest_and_split)
    other.start()
    other.join(timeout=120)
    assert not other.is_alive(), "a rested pool never woke"
    assert len(results) == 100 and all(torch.equal(got, want) for got in results)


@pytest.fixture
def stall_rule() -> Iterator[object]:
    """The loaded build, whose stall rule the test sets; the shipped rule comes back after."""
    kernels = load_build(BUILD)
    yield kernels
    kernels.set_stall_rule(kernels.STALL_FLOOR_US, kernels.STALL_CHUNKS)


def counted_matmuls(kernels, matrix: QuantizedMatrix, x: torch.Tensor, times: int) -> tuple[list[torch.Tensor], dict]:
    """`times` matmuls back to back, and the pool counters' change over them."""
    before = kernels.pool_counters()
    results = [matrix.matmul(x, build=BUILD) for _ in range(times)]
    return results, {k: v - before[k] for k, v in kernels.pool_counters().items()}


def test_after_a_stall_the_caller_computes_alone_with_the_same_result(split_everything, stall_rule):
    """A worker preempted in the middle of its chunk holds up its region; after such a stall the
    next regions run on the caller alone, for longer while stalls keep coming. With a rule under
    which every split region stalls, nearly every matmul after the first runs alone, and each
    result equals the one-thread matmul."""
    matrix, x = matrix_and_input(13)
    want = one_thread_result(matrix, x)
    stall_rule.set_stall_rule(0, 0)
    results, counted = counted_matmuls(stall_rule, matrix, x, 40)
    assert counted["stalls"] >= 1 and counted["solo_regions"] >= 30, counted
    assert counted["split_regions"] == counted["stalls"], counted  # each split region stalled
    assert all(torch.equal(got, want) for got in results)


def test_without_a_stall_every_region_splits(split_everything, stall_rule):
    """Under a rule no wait can meet, no region runs alone: solo periods come from stalls only."""
    matrix, x = matrix_and_input(17)
    want = one_thread_result(matrix, x)
    stall_rule.set_stall_rule(10**12, 0)
    results, counted = counted_matmuls(stall_rule, matrix, x, 40)
    assert counted == {"split_regions": 40, "solo_regions": 0, "stalls": 0}, counted
    assert all(torch.equal(got, want) for got in results)

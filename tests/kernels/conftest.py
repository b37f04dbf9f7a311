"""Kernel test setup: Triton in interpreter mode, every backend on the same cases.

TRITON_INTERPRET must be set before `triton.jit` decorates the kernels, i.e. before the
Triton modules are first imported; scripts/test sets it too.

On a GPU machine, `LOOPWRIGHT_KERNEL_TESTS=cuda TRITON_INTERPRET=0` runs the same cases
through the compiled Triton kernels: the inputs are still built on the CPU (one seeded
generator), moved to CUDA for the call, and the outputs (and in-place cache writes) come back
to be held to the same float64 reference.
"""

import os

os.environ.setdefault("TRITON_INTERPRET", "1")

import math  # noqa: E402
import zlib  # noqa: E402
from collections.abc import Callable  # noqa: E402

import pytest  # noqa: E402
import torch  # noqa: E402

from loopwright.kernels import backends, dispatch  # noqa: E402
from tests.kernels.naive import WORST_ERRORS  # noqa: E402

BACKENDS = ["triton", "cpu", "reference"]
ON_CUDA = os.environ.get("LOOPWRIGHT_KERNEL_TESTS") == "cuda"


def _on_cuda(fn: Callable[..., torch.Tensor]) -> Callable[..., torch.Tensor]:
    """`fn` called on CUDA copies of its tensor arguments, its result brought back to the CPU."""

    def call(*args: object, **kwargs: object) -> torch.Tensor:
        move = lambda x: x.cuda() if isinstance(x, torch.Tensor) else x  # noqa: E731
        return fn(*map(move, args), **{key: move(x) for key, x in kwargs.items()}).cpu()

    return call


def _cache_write_on_cuda(fn: Callable[..., None]) -> Callable[..., None]:
    """The cache write on CUDA copies, copied back into the caller's caches (same storage)."""

    def call(k, v, k_cache, v_cache, slot_mapping) -> None:  # noqa: ANN001
        k_gpu, v_gpu = k_cache.cuda(), v_cache.cuda()
        fn(k.cuda(), v.cuda(), k_gpu, v_gpu, slot_mapping.cuda())
        k_cache.copy_(k_gpu)
        v_cache.copy_(v_gpu)

    return call


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Routes the public functions to one backend through LOOPWRIGHT_ATTENTION (Triton on the
    GPU under LOOPWRIGHT_KERNEL_TESTS=cuda)."""
    monkeypatch.setenv("LOOPWRIGHT_ATTENTION", request.param)
    if ON_CUDA and request.param == "triton":
        compiled = backends.backend_for("cuda")
        on_gpu = backends.Backend(
            compiled.name, _on_cuda(compiled.flash_attention), _on_cuda(compiled.paged_decode_attention),
            _cache_write_on_cuda(compiled.write_kv_cache),
        )
        monkeypatch.setattr(dispatch, "backend_for", lambda device: on_gpu)
    return request.param


@pytest.fixture
def gen(request: pytest.FixtureRequest) -> torch.Generator:
    """Fresh random inputs per case, reproducible from the test id."""
    return torch.Generator().manual_seed(zlib.crc32(request.node.nodeid.encode()))


@pytest.fixture(autouse=True)
def nan_poisoned_allocations(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every float tensor the kernels allocate starts as NaN, so an unwritten element shows.

    Covers outputs and flash-decoding partials.
    """
    real_empty, real_empty_like = torch.empty, torch.empty_like

    def poison(t: torch.Tensor) -> torch.Tensor:
        return t.fill_(math.nan) if t.is_floating_point() else t

    monkeypatch.setattr(torch, "empty", lambda *a, **kw: poison(real_empty(*a, **kw)))
    monkeypatch.setattr(torch, "empty_like", lambda *a, **kw: poison(real_empty_like(*a, **kw)))


def pytest_terminal_summary(terminalreporter) -> None:  # noqa: ANN001
    if WORST_ERRORS:
        terminalreporter.section("worst relative error vs float64 reference")
        for (backend, dtype), err in sorted(WORST_ERRORS.items()):
            terminalreporter.write_line(f"{backend:10s} {dtype:15s} {err:.3e}")

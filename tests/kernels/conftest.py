"""Kernel test setup: Triton in interpreter mode, every backend on the same cases.

TRITON_INTERPRET must be set before `triton.jit` decorates the kernels, i.e. before the
Triton modules are first imported; scripts/test sets it too.
"""

import os

os.environ.setdefault("TRITON_INTERPRET", "1")

import math  # noqa: E402
import zlib  # noqa: E402

import pytest  # noqa: E402
import torch  # noqa: E402

from tests.kernels.naive import WORST_ERRORS  # noqa: E402

BACKENDS = ["triton", "cpu", "reference"]


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Routes the public functions to one backend through LOOPWRIGHT_ATTENTION."""
    monkeypatch.setenv("LOOPWRIGHT_ATTENTION", request.param)
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

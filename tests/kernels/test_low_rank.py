"""The stack's served-adapter delta (`Linear.apply` with LoRA factors) against the same delta
worked out in float64, on every build this CPU runs: rows on one thread or split over the pool,
widths with vector tails, and only the blocks it is given."""

import pytest
import torch

from loopwright.kernels.cpu_build import load_build
from tests.fixtures.cpu_builds import RUNNABLE_BUILDS


@pytest.mark.parametrize("build", RUNNABLE_BUILDS)
@pytest.mark.parametrize("split", [False, True])
def test_the_low_rank_delta_equals_float64_and_reads_only_its_blocks(build, split):
    kernels = load_build(build)
    gen = torch.Generator().manual_seed(0)
    rows, inputs, width = 5, 40, 50  # 50 outputs: 16-lane chunks and a scalar tail in each block
    dense = torch.randn(width, inputs, generator=gen)
    down = torch.randn(8, inputs, generator=gen)
    up_t = torch.randn(8, width, generator=gen)
    blocks = torch.tensor([[0, 30, 0, 4], [30, 50, 4, 8]])  # a fused matrix of two parts, rank 4 each
    x = torch.randn(rows, inputs, generator=gen)
    expected = x.double() @ dense.double().T
    for o0, o1, j0, j1 in blocks.tolist():
        expected[:, o0:o1] += (x.double() @ down[j0:j1].double().T) @ up_t[j0:j1, o0:o1].double()
    up_t[0:4, 30:50] = 1e6  # outside every block: never read
    kernels.set_min_parallel_work(0 if split else kernels.MIN_PARALLEL_WORK)
    try:
        got = kernels.Linear(dense, None, down, up_t, blocks).apply(x)
    finally:
        kernels.set_min_parallel_work(kernels.MIN_PARALLEL_WORK)
    assert got.dtype == torch.float32 and got.shape == (rows, width)
    assert (got.double() - expected).abs().max() < 1e-3
    with pytest.raises(RuntimeError, match="lora_blocks"):
        kernels.Linear(dense, None, down, up_t).apply(x)

"""The int8 panels (int8_panels.cpp) in every build that has them (the VNNI builds this CPU can
run): the block kernel's arithmetic regrouped 16 outputs a vector, so the float64 product of the
coded activations, the block kernel's result to fp32 rounding, and each row's sums the same
whatever the batch and the threads."""

import pytest
import torch

from loopwright.kernels.cpu_build import load_build
from loopwright.kernels.gguf_matmul import QuantizedMatrix
from tests.fixtures.cpu_builds import RUNNABLE_BUILDS
from tests.kernels.test_gguf_matmul import (
    gguf_py_weight,
    int8_coded,
    random_blocks,
    varied_activations,
)

PANEL_BUILDS = [param for param in RUNNABLE_BUILDS if "avx512_vnni" in param.values[0].isa]


def panels_and_blocks(build, kind: str, out_features: int, in_features: int, seed: int):
    kernels = load_build(build)
    blocks = random_blocks(kind, out_features, in_features, seed=seed)
    weight = QuantizedMatrix.from_blocks(kind, blocks, in_features).for_kernel(kernels)
    return kernels, kernels.Int8Panels(weight, in_features), weight, blocks


@pytest.mark.parametrize("build", PANEL_BUILDS)
@pytest.mark.parametrize("kind", ["Q4_1", "Q8_0"])
@pytest.mark.parametrize("rows", [1, 5, 8, 9, 19])
def test_int8_panels_are_the_float64_product_of_the_coded_activations(kind, rows, build):
    """67 outputs: a last panel of 3 lanes; 9 and 19 rows: passes of 8 rows and a rest."""
    kernels, panels, weight, blocks = panels_and_blocks(build, kind, 67, 96, seed=rows)
    x = varied_activations(rows, 96, seed=rows)
    coded, _ = int8_coded(x)
    expected = coded @ gguf_py_weight(kind, blocks).double().T
    ours = panels.matmul(x).double()
    assert ours.shape == (rows, 67)
    scale = expected.abs().amax(1, keepdim=True)
    assert ((ours - expected).abs() <= 1e-5 * scale).all()
    # the block kernel a row at a time: in the AMX build a batch of MATRIX_UNIT_MIN_ROWS+ rows takes the tiles
    blocks_result = torch.cat([kernels.gguf_matmul(x[row : row + 1], weight) for row in range(rows)]).double()
    assert ((ours - blocks_result).abs() <= 1e-5 * scale).all()


@pytest.mark.parametrize("build", PANEL_BUILDS)
def test_a_rows_sums_do_not_depend_on_its_batch_or_the_threads(build):
    kernels, panels, _, _ = panels_and_blocks(build, "Q4_1", 200, 192, seed=7)
    x = torch.randn(13, 192, generator=torch.Generator().manual_seed(7))
    together = panels.matmul(x)
    kernels.set_min_parallel_work(0)  # split every matmul over the workers
    try:
        split = panels.matmul(x)
    finally:
        kernels.set_min_parallel_work(kernels.MIN_PARALLEL_WORK)
    assert torch.equal(together, split)
    for row in (0, 7, 8, 12):
        assert torch.equal(panels.matmul(x[row:row + 1])[0], together[row])
        assert torch.equal(panels.matmul(x[row:].contiguous())[0], together[row])


@pytest.mark.parametrize("build", PANEL_BUILDS)
def test_bad_input_is_refused_with_a_clear_message(build):
    _, panels, _, _ = panels_and_blocks(build, "Q8_0", 16, 64, seed=0)
    with pytest.raises(RuntimeError, match=r"x must be \[rows, 64\] float32"):
        panels.matmul(torch.randn(2, 96))
    with pytest.raises(RuntimeError, match="float32"):
        panels.matmul(torch.randn(2, 64, dtype=torch.float64))


def test_builds_without_vnni_have_no_int8_panels():
    """AVX2 and the portable build keep the block kernel; their Int8Panels refuse to multiply."""
    for param in RUNNABLE_BUILDS:
        kernels = load_build(param.values[0])
        if param in PANEL_BUILDS:
            assert kernels.INT8_PANELS
        else:
            assert not kernels.INT8_PANELS
            weight = QuantizedMatrix.from_blocks("Q4_1", random_blocks("Q4_1", 16, 64), 64).for_kernel(kernels)
            with pytest.raises(RuntimeError, match="need the VNNI kernels"):
                kernels.Int8Panels(weight, 64).matmul(torch.randn(1, 64))

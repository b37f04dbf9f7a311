"""The bf16 panels (bf16_panels.cpp): of a weight, a product of the bf16-rounded operands; of a
GGUF weight's codes, closer to the exact product than the int8 path; both the same sums for a
row whatever it is batched with and however many threads run it; which batches a stack's
Linear sends to them, and when the stack gets them (kernels.backends.bf16_panels)."""

from types import SimpleNamespace

import pytest
import torch

from loopwright.kernels import backends
from loopwright.kernels.backends import BF16_PANELS_AUTO, BF16_PANELS_FROM_ROWS, bf16_panels
from loopwright.kernels.cpu_build import AVX512_BF16, PORTABLE, load_build
from loopwright.kernels.gguf_matmul import QuantizedMatrix
from loopwright.kernels.layer_stack import PanelRouting
from tests.fixtures.cpu_builds import RUNNABLE_BUILDS
from tests.kernels.test_gguf_matmul import random_blocks

PANEL_BUILDS = [param for param in RUNNABLE_BUILDS if param.values[0] is AVX512_BF16]
"""The one build with the kernel, where this CPU runs it (AVX512-BF16: the EPYCs and the AMX
Xeons here alike)."""


def rounded(t: torch.Tensor) -> torch.Tensor:
    return t.bfloat16().double()


@pytest.mark.parametrize("build", PANEL_BUILDS)
@pytest.mark.parametrize(("n", "k"), [(64, 32), (200, 77), (16, 2), (130, 576), (5, 1)])
def test_panels_multiply_the_bf16_rounded_operands(build, n, k):
    """Widths past a panel and odd ones, odd k (a last pair padded with zero), 13 rows (two
    micro-kernels of 6 and one of 1): a layout or padding slip errs by whole products."""
    kernels = load_build(build)
    gen = torch.Generator().manual_seed(n * 1000 + k)
    w, x = torch.randn(n, k, generator=gen), torch.randn(13, k, generator=gen)
    y = kernels.Bf16Panels(w).matmul(x)
    assert y.shape == (13, n) and y.dtype == torch.float32
    # bf16 products are exact in fp32; only the fp32 sum of k of them rounds
    torch.testing.assert_close(y.double(), rounded(x) @ rounded(w).T, rtol=0, atol=2e-6 * k)


@pytest.mark.parametrize("build", PANEL_BUILDS)
@pytest.mark.parametrize("kind", ["Q4_1", "Q8_0"])
def test_panels_of_gguf_codes_beat_the_int8_path_against_the_exact_product(build, kind):
    """Codes exact in bf16 and x in two bf16 halves (~16 bits): every output within a bound of
    its own magnitude, and on average closer to the float64 product than the int8 path's codes
    and residuals. 200 outputs: three panels and a part; 13 rows: micro-kernels of 3 and 1."""
    kernels = load_build(build)
    matrix = QuantizedMatrix.from_blocks(kind, random_blocks(kind, 200, 576, seed=5), 576)
    x = torch.randn(13, 576, generator=torch.Generator().manual_seed(6))
    w = matrix.dequantize(build).double()
    exact = x.double() @ w.T
    y = kernels.Bf16Panels(matrix.for_kernel(kernels), 576).matmul(x)
    scale = x.double().abs() @ w.abs().T  # what the products' rounding errors are relative to
    assert ((y.double() - exact).abs() <= 2e-5 * scale + 1e-4).all()
    int8 = kernels.gguf_matmul(x, matrix.for_kernel(kernels))
    assert (y.double() - exact).abs().mean() < (int8.double() - exact).abs().mean()


def some_panels(kernels, of: str, n: int, k: int):
    """Panels of a random weight (`rounded`) or of random GGUF codes (`Q4_1`, `Q8_0`)."""
    if of == "rounded":
        return kernels.Bf16Panels(torch.randn(n, k, generator=torch.Generator().manual_seed(3)))
    return kernels.Bf16Panels(QuantizedMatrix.from_blocks(of, random_blocks(of, n, k), k).for_kernel(kernels), k)


@pytest.mark.parametrize("build", PANEL_BUILDS)
@pytest.mark.parametrize("of", ["rounded", "Q4_1", "Q8_0"])
def test_a_row_sums_alike_whatever_its_batch_and_the_threads(build, of):
    """What oneDNN's bf16 GEMM did not: a sequence's logits must not depend on its batch (the
    engine's batched-vs-alone and Ray-vs-local token equality rests on it)."""
    kernels = load_build(build)
    panels = some_panels(kernels, of, 300, 576)
    x = torch.randn(40, 576, generator=torch.Generator().manual_seed(4))
    alone = torch.cat([panels.matmul(x[i : i + 1]) for i in range(len(x))])
    threads = torch.get_num_threads()
    kernels.set_min_parallel_work(0)  # every call split over the workers
    try:
        for rows in (2, 5, 7, 24, 40):
            assert torch.equal(panels.matmul(x[:rows]), alone[:rows])
        torch.set_num_threads(1)
        assert torch.equal(panels.matmul(x), alone)
    finally:
        torch.set_num_threads(threads)
        kernels.set_min_parallel_work(kernels.MIN_PARALLEL_WORK)


@pytest.mark.parametrize("build", PANEL_BUILDS)
def test_a_linear_sends_prefill_batches_those_from_panels_from_rows_and_those_past_the_blocks_to_the_panels(build):
    kernels = load_build(build)
    matrix = QuantizedMatrix.from_blocks("Q4_1", random_blocks("Q4_1", 64, 128), 128)
    dense, blocks = matrix.dequantize(), matrix.for_kernel(kernels)
    panels = kernels.Bf16Panels(dense)
    routed = kernels.Linear(dense, blocks, panels=panels, panels_from_rows=4)
    small, big = torch.randn(3, 128), torch.randn(4, 128)
    past_blocks = torch.randn(kernels.QUANTIZED_MAX_ROWS + 1, 128)
    assert torch.equal(routed.apply(small), kernels.gguf_matmul(small, blocks))
    assert torch.equal(routed.apply(small, prefill=True), panels.matmul(small))
    assert torch.equal(routed.apply(big), panels.matmul(big))
    assert torch.equal(routed.apply(past_blocks), panels.matmul(past_blocks))
    without_blocks = kernels.Linear(dense, None, panels=panels)  # no threshold: every batch
    assert torch.equal(without_blocks.apply(small), panels.matmul(small))


@pytest.mark.parametrize("build", PANEL_BUILDS)
def test_a_batch_of_the_wrong_width_is_refused(build):
    panels = load_build(build).Bf16Panels(torch.randn(8, 64))
    with pytest.raises(RuntimeError, match=r"x must be \[rows, 64\] float32"):
        panels.matmul(torch.randn(2, 65))


def test_a_build_without_the_kernel_says_which_build_has_it():
    kernels = load_build(PORTABLE)
    assert not kernels.BF16_PANELS
    with pytest.raises(RuntimeError, match="bf16 panels need the avx512_bf16 build"):
        kernels.Bf16Panels(torch.randn(8, 64)).matmul(torch.randn(2, 64))


WITH_PANELS = SimpleNamespace(BF16_PANELS=True, __name__="loopwright_cpu_avx512_bf16")
WITHOUT_PANELS = SimpleNamespace(BF16_PANELS=False, __name__="loopwright_cpu_amx")


def test_by_default_only_int8_decoding_models_get_panels_and_only_where_the_build_has_them(monkeypatch):
    monkeypatch.delenv(backends.BF16_PANELS_ENV, raising=False)
    assert bf16_panels(WITH_PANELS, int8_decode=True) == PanelRouting(BF16_PANELS_FROM_ROWS, BF16_PANELS_AUTO == "rounded")
    assert bf16_panels(WITH_PANELS, int8_decode=False) is None  # the exact path equals HF
    assert bf16_panels(WITHOUT_PANELS, int8_decode=True) is None


def test_the_environment_picks_the_panels_or_none_and_refuses_what_it_cannot_do(monkeypatch):
    for kind in ("codes", "rounded"):
        monkeypatch.setenv(backends.BF16_PANELS_ENV, kind)
        assert bf16_panels(WITH_PANELS, int8_decode=False) == PanelRouting(BF16_PANELS_FROM_ROWS, kind == "rounded")
        with pytest.raises(ValueError, match=f"LOOPWRIGHT_BF16_PANELS={kind} needs the avx512_bf16 build .* loopwright_cpu_amx"):
            bf16_panels(WITHOUT_PANELS, int8_decode=True)
    monkeypatch.setenv(backends.BF16_PANELS_ENV, "off")
    assert bf16_panels(WITH_PANELS, int8_decode=True) is None
    monkeypatch.setenv(backends.BF16_PANELS_ENV, "fp8")
    with pytest.raises(ValueError, match="LOOPWRIGHT_BF16_PANELS='fp8' is not one of auto, codes, rounded, off"):
        bf16_panels(WITH_PANELS, int8_decode=True)

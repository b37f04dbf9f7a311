"""The GGUF block kernels against gguf-py's de-quantization and a float64 reference, in every build
this CPU can run (AMX, AVX-512 with VNNI, AVX-512, AVX2 where it has them, portable everywhere):
the exact path (fp32 activations), the int8 path (activations coded per block) and, in the AMX
build, batches on the AMX tiles (weights and activations rounded to bf16)."""

from dataclasses import replace

import numpy as np
import pytest
import torch
from gguf import GGMLQuantizationType
from gguf.quants import dequantize

from loopwright.kernels.backends import GGUF_MATMUL_ENV, exact_gguf_matmul
from loopwright.kernels.cpu_build import AMX, AVX512_VNNI, load_build
from loopwright.kernels.cpu_features import host_cpu
from loopwright.kernels.gguf_matmul import BLOCK_BYTES, QuantizedMatrix, stack_rows
from tests.fixtures.cpu_builds import RUNNABLE_BUILDS

INT8_BUILDS = [param for param in RUNNABLE_BUILDS if param.values[0] is not AMX]
"""Builds whose int8 path takes batches of any size: in the AMX build it stops at MATRIX_UNIT_MIN_ROWS,
below which it is the VNNI build's (test_batches_below_the_matrix_unit_threshold_take_the_int8_path)."""
ON_AMX = pytest.mark.skipif(not host_cpu().has(AMX.required_features),
                            reason="this CPU has no AMX-BF16 tiles (the AMX build still compiles: test_cpu_build)")


def random_blocks(kind: str, rows: int, in_features: int, seed: int = 0) -> torch.Tensor:
    """Rows of GGUF blocks with random codes and realistic fp16 scales (and Q4_1 minimums)."""
    rng = np.random.default_rng(seed)
    blocks = in_features // 32
    raw = rng.integers(0, 256, size=(rows, blocks, BLOCK_BYTES[kind]), dtype=np.uint8)
    raw[..., 0:2] = rng.uniform(1e-3, 0.05, size=(rows, blocks)).astype(np.float16)[..., None].view(np.uint8)
    if kind == "Q4_1":
        raw[..., 2:4] = rng.uniform(-0.3, 0.1, size=(rows, blocks)).astype(np.float16)[..., None].view(np.uint8)
    return torch.from_numpy(raw.reshape(rows, -1).copy())


def gguf_py_weight(kind: str, blocks: torch.Tensor) -> torch.Tensor:
    return torch.from_numpy(dequantize(blocks.numpy(), GGMLQuantizationType[kind]).copy())


def int8_coded(x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """What the int8 path multiplies instead of x [rows, k], in float64, and its unit [rows, k / 32]
    per block: d = max|x| / 127, p = round(x / d), r = round(128 (x / d - p)), x ~= d / 128 (128 p + r)
    (the rounding in fp32, as the kernel does it)."""
    blocks = x.float().reshape(x.shape[0], -1, 32)
    d = blocks.abs().amax(-1, keepdim=True) / 127
    scaled = blocks * torch.where(d > 0, 1 / d, torch.zeros_like(d))
    p = scaled.round()
    r = ((scaled - p) * 128).round()
    unit = d.double() / 128
    return (unit * (128 * p + r).double()).reshape(x.shape), unit[..., 0]


def varied_activations(rows: int, in_features: int, seed: int) -> torch.Tensor:
    """Gaussian rows with what coding per block must survive: an all-zero block, an outlier 100x
    the rest in another, and rows of very different scales."""
    gen = torch.Generator().manual_seed(seed)
    x = torch.randn(rows, in_features, generator=gen) * torch.logspace(-2, 2, rows)[:, None]
    x[:, :32] = 0
    x[:, 40] *= 100
    return x


@pytest.mark.parametrize("build", RUNNABLE_BUILDS)
@pytest.mark.parametrize("kind", ["Q4_1", "Q8_0"])
def test_dequantize_is_bit_identical_to_gguf_py(kind, build):
    blocks = random_blocks(kind, 37, 96)
    ours = QuantizedMatrix.from_blocks(kind, blocks, 96).dequantize(build=build)
    assert torch.equal(ours, gguf_py_weight(kind, blocks))


@pytest.mark.parametrize("build", RUNNABLE_BUILDS)
@pytest.mark.parametrize("kind", ["Q4_1", "Q8_0"])
@pytest.mark.parametrize("rows", [1, 3, 8, 11, 40])
def test_exact_matmul_matches_float64_reference(kind, rows, build):
    # 67 output rows: not a multiple of the kernel's 2- and 4-row tiles, nor of two threads
    blocks = random_blocks(kind, 67, 192, seed=rows)
    x = torch.randn(rows, 192, generator=torch.Generator().manual_seed(rows))
    expected = x.double() @ gguf_py_weight(kind, blocks).double().T
    matrix = replace(QuantizedMatrix.from_blocks(kind, blocks, 192), exact=True)
    ours = matrix.matmul(x, build=build)
    assert ours.dtype == torch.float32 and ours.shape == (rows, 67)
    assert (ours.double() - expected).abs().max() < 1e-5 * expected.abs().max()


@pytest.mark.parametrize("build", INT8_BUILDS)
@pytest.mark.parametrize("kind", ["Q4_1", "Q8_0"])
@pytest.mark.parametrize("rows", [1, 2, 4, 5, 11, 40])
@pytest.mark.parametrize("in_features", [96, 192])
def test_int8_matmul_is_the_float64_product_of_its_coded_activations(kind, rows, in_features, build):
    """Integer dot products lose nothing: the only error left is fp32 summation. 96 inputs are 3
    blocks, an odd count for the VNNI code's pairs of blocks; 1-5 rows cover every row tile."""
    blocks = random_blocks(kind, 67, in_features, seed=rows)
    x = varied_activations(rows, in_features, seed=rows)
    coded, _ = int8_coded(x)
    expected = coded @ gguf_py_weight(kind, blocks).double().T
    ours = QuantizedMatrix.from_blocks(kind, blocks, in_features).matmul(x, build=build).double()
    assert ours.shape == (rows, 67)
    assert ((ours - expected).abs() <= 1e-5 * expected.abs().amax(1, keepdim=True)).all()


@pytest.mark.parametrize("build", INT8_BUILDS)
@pytest.mark.parametrize("kind", ["Q4_1", "Q8_0"])
def test_int8_matmul_error_is_within_the_coding_bound(kind, build):
    """Against the true product x @ W.T: each coded activation is off by at most half its block's
    unit (max|x| / 254 / 128), so an output is off by at most sum_b unit_b / 2 * sum_j |w_bj|."""
    blocks = random_blocks(kind, 67, 192, seed=5)
    x = varied_activations(6, 192, seed=5)
    weight = gguf_py_weight(kind, blocks).double()
    exact = x.double() @ weight.T
    _, unit = int8_coded(x)  # [rows, blocks]
    bound = (unit / 2) @ weight.abs().reshape(67, -1, 32).sum(-1).T  # [rows, 67]
    ours = QuantizedMatrix.from_blocks(kind, blocks, 192).matmul(x, build=build).double()
    fp32_slack = 1e-5 * exact.abs().amax(1, keepdim=True)
    assert ((ours - exact).abs() <= bound + fp32_slack).all()
    assert (ours - exact).abs().max() > 0  # the path really codes x


def test_matmul_keeps_the_input_dtype_and_accepts_strided_input():
    blocks = random_blocks("Q4_1", 16, 64)
    x = torch.randn(64, 3).t()  # [3, 64], not contiguous
    out = QuantizedMatrix.from_blocks("Q4_1", blocks, 64).matmul(x.bfloat16())
    assert out.dtype == torch.bfloat16
    expected = x.bfloat16().float() @ gguf_py_weight("Q4_1", blocks).T
    assert (out.float() - expected).abs().max() < 2e-2 * expected.abs().max()


def test_bad_blocks_are_refused_with_a_clear_message():
    with pytest.raises(ValueError, match="no kernel"):
        QuantizedMatrix.from_blocks("Q6_K", random_blocks("Q8_0", 2, 64), 64)
    with pytest.raises(ValueError, match="do not hold rows of 96"):
        QuantizedMatrix.from_blocks("Q4_1", random_blocks("Q4_1", 2, 64), 96)
    matrix = QuantizedMatrix.from_blocks("Q4_1", random_blocks("Q4_1", 2, 64), 64)
    with pytest.raises(RuntimeError, match="does not match"):
        matrix.matmul(torch.randn(1, 32))


def test_stack_rows_fuses_same_kind_and_path_and_refuses_mixed_ones():
    q, k = random_blocks("Q4_1", 8, 64, 1), random_blocks("Q4_1", 4, 64, 2)
    q_exact, k_exact = (replace(QuantizedMatrix.from_blocks("Q4_1", b, 64), exact=True) for b in (q, k))
    fused = stack_rows([q_exact, k_exact])
    assert fused.out_features == 12 and fused.exact
    assert torch.equal(fused.dequantize()[8:], gguf_py_weight("Q4_1", k))
    mixed = [QuantizedMatrix.from_blocks("Q4_1", q, 64), QuantizedMatrix.from_blocks("Q8_0", random_blocks("Q8_0", 4, 64), 64)]
    assert stack_rows(mixed) is None
    assert stack_rows([q_exact, QuantizedMatrix.from_blocks("Q4_1", k, 64)]) is None


def test_the_path_is_int8_unless_the_environment_asks_for_exact(monkeypatch):
    monkeypatch.delenv(GGUF_MATMUL_ENV, raising=False)
    assert not exact_gguf_matmul()
    monkeypatch.setenv(GGUF_MATMUL_ENV, "EXACT")
    assert exact_gguf_matmul()
    monkeypatch.setenv(GGUF_MATMUL_ENV, "fp16")
    with pytest.raises(ValueError, match="LOOPWRIGHT_GGUF_MATMUL='fp16' is not one of int8, exact"):
        exact_gguf_matmul()


@pytest.mark.parametrize("build", RUNNABLE_BUILDS)
@pytest.mark.parametrize("kind", ["Q4_1", "Q8_0"])
@pytest.mark.parametrize("exact", [False, True])
@pytest.mark.parametrize("rows", [5, 40])
def test_a_matmul_split_over_threads_equals_it_on_one_thread(kind, exact, rows, build):
    """Small work stays on one thread (MIN_PARALLEL_WORK); forced to split, every output row is
    computed the same way, so the result is bit for bit the same (in the AMX build both on its tiles)."""
    kernels = load_build(build)
    blocks = random_blocks(kind, 67, 192, seed=5)
    matrix = replace(QuantizedMatrix.from_blocks(kind, blocks, 192), exact=exact)
    x = varied_activations(rows, 192, seed=5)
    inline = matrix.matmul(x, build=build)
    kernels.set_min_parallel_work(0)
    try:
        split = matrix.matmul(x, build=build)
    finally:
        kernels.set_min_parallel_work(kernels.MIN_PARALLEL_WORK)
    assert torch.equal(inline, split)


def bf16_product(x: torch.Tensor, weight: torch.Tensor) -> torch.Tensor:
    """What the AMX path computes, in float64: both operands rounded to bf16 (nearest even)."""
    return x.bfloat16().double() @ weight.bfloat16().double().T


@ON_AMX
@pytest.mark.parametrize("kind", ["Q4_1", "Q8_0"])
@pytest.mark.parametrize("rows", [9, 15, 16, 17, 40, 110])
@pytest.mark.parametrize("in_features", [32, 192])
def test_amx_matmul_is_the_float64_product_of_its_bf16_operands(kind, rows, in_features):
    """Tiles lose nothing beyond the bf16 rounding of both operands: the rest is fp32 summation.
    67 output rows end in a partial tile of both groups; 9, 15, 17 and 110 rows in a partial B tile."""
    kernels = load_build(AMX)
    assert kernels.blocks_serve(rows, False) and rows >= kernels.MATRIX_UNIT_MIN_ROWS
    blocks = random_blocks(kind, 67, in_features, seed=rows)
    x = varied_activations(rows, in_features, seed=rows) if in_features > 40 else torch.randn(rows, in_features)
    expected = bf16_product(x, gguf_py_weight(kind, blocks))
    ours = QuantizedMatrix.from_blocks(kind, blocks, in_features).matmul(x, build=AMX).double()
    assert ours.shape == (rows, 67)
    assert ((ours - expected).abs() <= 1e-5 * expected.abs().amax(1, keepdim=True)).all()


@ON_AMX
@pytest.mark.parametrize("kind", ["Q4_1", "Q8_0"])
def test_batches_below_the_matrix_unit_threshold_take_the_int8_path(kind):
    """Below MATRIX_UNIT_MIN_ROWS the AMX build is the VNNI build, bit for bit; from it on, the
    tiles (their bf16 rounding shows against the int8 codes)."""
    amx, vnni = load_build(AMX), load_build(AVX512_VNNI)
    blocks = random_blocks(kind, 67, 192, seed=3)
    matrix = QuantizedMatrix.from_blocks(kind, blocks, 192)
    x = varied_activations(amx.MATRIX_UNIT_MIN_ROWS, 192, seed=3)
    below = x[:-1]
    assert torch.equal(matrix.matmul(below, build=AMX), matrix.matmul(below, build=AVX512_VNNI))
    at_threshold = matrix.matmul(x, build=AMX)
    assert not torch.equal(at_threshold, matrix.matmul(x, build=AVX512_VNNI))
    expected = bf16_product(x, gguf_py_weight(kind, blocks))
    assert ((at_threshold.double() - expected).abs() <= 1e-5 * expected.abs().amax(1, keepdim=True)).all()
    assert not amx.blocks_serve(amx.QUANTIZED_MAX_ROWS + 1, True)  # the exact path never rounds to bf16
    assert not vnni.blocks_serve(vnni.QUANTIZED_MAX_ROWS + 1, False)

"""The GGUF block kernels against gguf-py's de-quantization, in every build this CPU can run
(AVX-512 where it has it, portable everywhere)."""

import numpy as np
import pytest
import torch
from gguf import GGMLQuantizationType
from gguf.quants import dequantize

from loopwright.kernels.cpu_build import BUILDS
from loopwright.kernels.cpu_features import host_cpu
from loopwright.kernels.gguf_matmul import BLOCK_BYTES, QuantizedMatrix, stack_rows

RUNNABLE_BUILDS = [pytest.param(b, id=b.name) for b in BUILDS if host_cpu().has(b.required_features)]


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


@pytest.mark.parametrize("build", RUNNABLE_BUILDS)
@pytest.mark.parametrize("kind", ["Q4_1", "Q8_0"])
def test_dequantize_is_bit_identical_to_gguf_py(kind, build):
    blocks = random_blocks(kind, 37, 96)
    ours = QuantizedMatrix.from_blocks(kind, blocks, 96).dequantize(build=build)
    assert torch.equal(ours, gguf_py_weight(kind, blocks))


@pytest.mark.parametrize("build", RUNNABLE_BUILDS)
@pytest.mark.parametrize("kind", ["Q4_1", "Q8_0"])
@pytest.mark.parametrize("rows", [1, 3, 8, 11, 40])
def test_matmul_matches_float64_reference(kind, rows, build):
    # 67 output rows: not a multiple of the kernel's 2- and 4-row tiles, nor of two threads
    blocks = random_blocks(kind, 67, 192, seed=rows)
    x = torch.randn(rows, 192, generator=torch.Generator().manual_seed(rows))
    expected = x.double() @ gguf_py_weight(kind, blocks).double().T
    ours = QuantizedMatrix.from_blocks(kind, blocks, 192).matmul(x, build=build)
    assert ours.dtype == torch.float32 and ours.shape == (rows, 67)
    assert (ours.double() - expected).abs().max() < 1e-5 * expected.abs().max()


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


def test_stack_rows_fuses_same_kind_and_refuses_mixed_kinds():
    q, k = random_blocks("Q4_1", 8, 64, 1), random_blocks("Q4_1", 4, 64, 2)
    fused = stack_rows([QuantizedMatrix.from_blocks("Q4_1", q, 64), QuantizedMatrix.from_blocks("Q4_1", k, 64)])
    assert fused.out_features == 12
    assert torch.equal(fused.dequantize()[8:], gguf_py_weight("Q4_1", k))
    mixed = [QuantizedMatrix.from_blocks("Q4_1", q, 64), QuantizedMatrix.from_blocks("Q8_0", random_blocks("Q8_0", 4, 64), 64)]
    assert stack_rows(mixed) is None

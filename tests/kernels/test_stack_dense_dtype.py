"""The dtype of the layer stack's dense weights (prefill beyond the GGUF blocks' batches): bf16
copies only where the CPU has bf16 dot products, decoding is already approximate (int8
activations) and no matrix unit serves those batches from the blocks instead; and the rows
from which a layer's batches go to those copies (`dense_from_rows`)."""

from types import SimpleNamespace

import pytest
import torch
import torch.nn.functional as F

from loopwright.kernels.backends import cpu_kernels, stack_dense_dtype
from loopwright.kernels.cpu_features import CPUInfo
from loopwright.kernels.gguf_matmul import QuantizedMatrix
from tests.kernels.test_gguf_matmul import random_blocks

NO_MATRIX_UNIT = SimpleNamespace(QUANTIZED_MAX_ROWS=32, blocks_serve=lambda rows, exact: rows <= 32)
AMX = SimpleNamespace(QUANTIZED_MAX_ROWS=32, blocks_serve=lambda rows, exact: True)
EPYC = CPUInfo("AMD EPYC", frozenset({"avx512f", "avx512_vnni", "avx512_bf16"}))
LAPTOP = CPUInfo("a laptop", frozenset({"avx2", "fma"}))


def test_auto_takes_bf16_copies_only_where_they_are_fast_used_and_approximate_already(monkeypatch):
    monkeypatch.delenv("LOOPWRIGHT_DENSE_WEIGHTS", raising=False)
    assert stack_dense_dtype(NO_MATRIX_UNIT, torch.float32, True, EPYC) == torch.bfloat16
    assert stack_dense_dtype(NO_MATRIX_UNIT, torch.float32, False, EPYC) == torch.float32  # the exact path
    assert stack_dense_dtype(NO_MATRIX_UNIT, torch.float32, True, LAPTOP) == torch.float32  # bf16 emulated
    assert stack_dense_dtype(AMX, torch.float32, True, EPYC) == torch.float32  # the tiles serve prefill
    assert stack_dense_dtype(NO_MATRIX_UNIT, torch.bfloat16, False, EPYC) == torch.bfloat16


@pytest.mark.parametrize(("choice", "dtype"), [("fp32", torch.float32), ("BF16", torch.bfloat16)])
def test_the_environment_forces_one_for_a_b_measurements(monkeypatch, choice, dtype):
    monkeypatch.setenv("LOOPWRIGHT_DENSE_WEIGHTS", choice)
    assert stack_dense_dtype(NO_MATRIX_UNIT, torch.float32, True, LAPTOP) == dtype
    assert stack_dense_dtype(AMX, torch.float32, False, EPYC) == dtype


def test_an_unknown_choice_is_an_error_that_names_the_choices(monkeypatch):
    monkeypatch.setenv("LOOPWRIGHT_DENSE_WEIGHTS", "fp8")
    with pytest.raises(ValueError, match="LOOPWRIGHT_DENSE_WEIGHTS='fp8' is not one of auto, fp32, bf16"):
        stack_dense_dtype(NO_MATRIX_UNIT, torch.float32, True, EPYC)


def test_batches_from_dense_from_rows_multiply_by_the_dense_weight_and_smaller_ones_by_the_blocks():
    kernels = cpu_kernels()
    matrix = QuantizedMatrix.from_blocks("Q4_1", random_blocks("Q4_1", 64, 128), 128)
    dense = matrix.dequantize().bfloat16()
    routed = kernels.Linear(dense, matrix.for_kernel(kernels), dense_from_rows=4)
    blocks_only = kernels.Linear(dense, matrix.for_kernel(kernels))
    small, big = torch.randn(3, 128), torch.randn(4, 128)
    assert torch.equal(routed.apply(small), kernels.gguf_matmul(small, matrix.for_kernel(kernels)))
    assert torch.equal(routed.apply(big), F.linear(big.bfloat16(), dense).float())
    assert torch.equal(blocks_only.apply(big), kernels.gguf_matmul(big, matrix.for_kernel(kernels)))

"""The dtype of the layer stack's dense weights (prefill beyond the GGUF blocks' batches): the
model's own unless LOOPWRIGHT_DENSE_WEIGHTS asks for bf16 copies; and the rows from which a
layer's batches go to those copies (`dense_from_rows`)."""

import pytest
import torch
import torch.nn.functional as F

from loopwright.kernels.backends import bf16_copies, cpu_kernels, stack_dense_dtype
from loopwright.kernels.gguf_matmul import QuantizedMatrix
from tests.kernels.test_gguf_matmul import random_blocks


def test_auto_keeps_the_models_own_weights(monkeypatch):
    monkeypatch.delenv("LOOPWRIGHT_DENSE_WEIGHTS", raising=False)
    assert stack_dense_dtype(torch.float32) == torch.float32
    assert stack_dense_dtype(torch.bfloat16) == torch.bfloat16


@pytest.mark.parametrize(("choice", "dtype"), [("fp32", torch.float32), ("BF16", torch.bfloat16)])
def test_the_environment_asks_for_one(monkeypatch, choice, dtype):
    monkeypatch.setenv("LOOPWRIGHT_DENSE_WEIGHTS", choice)
    assert stack_dense_dtype(torch.float32) == dtype


def test_only_an_fp32_models_bf16_weights_are_copies_made_for_speed(monkeypatch):
    monkeypatch.delenv("LOOPWRIGHT_DENSE_WEIGHTS", raising=False)
    assert not bf16_copies(torch.float32) and not bf16_copies(torch.bfloat16)
    monkeypatch.setenv("LOOPWRIGHT_DENSE_WEIGHTS", "bf16")
    assert bf16_copies(torch.float32)
    assert not bf16_copies(torch.bfloat16)  # its own weights, decode stays on the blocks


def test_an_unknown_choice_is_an_error_that_names_the_choices(monkeypatch):
    monkeypatch.setenv("LOOPWRIGHT_DENSE_WEIGHTS", "fp8")
    with pytest.raises(ValueError, match="LOOPWRIGHT_DENSE_WEIGHTS='fp8' is not one of auto, fp32, bf16"):
        stack_dense_dtype(torch.float32)


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

"""The forward's decode steps as one C++ call (`kernels/csrc/decode_stack.cpp`).

A decode step of a small model is ~20 tensor ops per layer; in PyTorch each costs a few
microseconds of dispatch and Python, which at 30 layers is as long as the matmuls
themselves, and attention first gathers the paged cache into a padded buffer. The C++
stack runs the same layers with no dispatch between ops and reads the cache in place.
It holds the forward's own tensors (dense weights are views, so `load` updates them in
place); only GGUF blocks are swapped, and then the forward builds a new stack.
"""

import logging
from typing import TYPE_CHECKING

import torch
from loopwright.kernels.cpu_extension import CPUKernelsUnavailable, kernels_enabled, load_extension
from loopwright.kernels.gguf_matmul import QuantizedMatrix

if TYPE_CHECKING:
    from loopwright.models.llama import LlamaForward

log = logging.getLogger(__name__)


STACK_DTYPES = (torch.float32, torch.bfloat16)
"""Engine dtypes the stack runs: their weights and KV cache are read as stored, the residual
stream and the math are fp32 (a bf16 engine keeps its memory use, with fp32 accuracy)."""


def build_decode_stack(forward: "LlamaForward"):
    """A `DecodeStack` over the forward's layers, or None where the C++ path does not apply
    (fp16, kernels switched off or not buildable here: said once in the log)."""
    if forward.dtype not in STACK_DTYPES or not kernels_enabled():
        return None
    try:
        ext = load_extension()
    except CPUKernelsUnavailable as exc:
        log.warning("decode steps run in PyTorch: %s", exc)
        return None

    def linear(dense: torch.Tensor, blocks: QuantizedMatrix | None):
        return ext.Linear(dense, blocks.for_kernel() if blocks is not None else None)

    def fp32(vector: torch.Tensor | None) -> torch.Tensor | None:
        """Norm weights and biases as the stack reads them (copies for bf16: a weight update
        rebuilds the stack, see LlamaForward.load)."""
        return None if vector is None else vector.float()

    stack = ext.DecodeStack(forward.num_heads, forward.num_kv_heads, forward.head_dim, forward.eps, forward.scale)
    quantized = forward.quantized_layers or [None] * forward.num_layers
    for layer, blocks in zip(forward.layers, quantized, strict=True):
        stack.add_layer(
            fp32(layer.input_norm), fp32(layer.post_norm),
            linear(layer.qkv, blocks and blocks.qkv), linear(layer.o_proj, blocks and blocks.o_proj),
            linear(layer.gate_up, blocks and blocks.gate_up), linear(layer.down, blocks and blocks.down),
            fp32(layer.qkv_bias), fp32(layer.q_norm), fp32(layer.k_norm),
        )
    return stack

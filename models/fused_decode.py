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


def build_decode_stack(forward: "LlamaForward"):
    """A `DecodeStack` over the forward's layers, or None where the C++ path does not apply
    (not fp32, kernels switched off or not buildable here: said once in the log)."""
    if forward.dtype != torch.float32 or not kernels_enabled():
        return None
    try:
        ext = load_extension()
    except CPUKernelsUnavailable as exc:
        log.warning("decode steps run in PyTorch: %s", exc)
        return None

    def linear(dense: torch.Tensor, blocks: QuantizedMatrix | None):
        return ext.Linear(dense, blocks.for_kernel() if blocks is not None else None)

    stack = ext.DecodeStack(forward.num_heads, forward.num_kv_heads, forward.head_dim, forward.eps, forward.scale)
    quantized = forward.quantized_layers or [None] * forward.num_layers
    for layer, blocks in zip(forward.layers, quantized, strict=True):
        stack.add_layer(
            layer.input_norm, layer.post_norm,
            linear(layer.qkv, blocks and blocks.qkv), linear(layer.o_proj, blocks and blocks.o_proj),
            linear(layer.gate_up, blocks and blocks.gate_up), linear(layer.down, blocks and blocks.down),
            layer.qkv_bias, layer.q_norm, layer.k_norm,
        )
    return stack

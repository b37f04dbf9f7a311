"""Kernels for the engine, behind one seam: every backend choice is made in `backends.py`.

Callers (`models/`) use only the names re-exported here. Attention: `flash_attention`,
`paged_decode_attention`, `write_kv_cache` (Triton on CUDA, batched SDPA on CPU, or the
reference). A model's layers: `layer_stack_for` (the C++ stack for prefill and decode, or
None to run op by op) and `head_linear_for` (the LM head on bf16 panels, or None), `linear` (GGUF blocks or the dense weight, plus a LoRA adapter's `LowRank` delta) and `exact_gguf_matmul`
(int8 or fp32 activations against the blocks), `kv_cache_dtype` (the paged cache's dtype).
Sampling: `cpu_sampler` (the C++ next-token choice for CPU logits). Shapes (vLLM / flash-attn
layout):

    q, k, v (packed varlen):  [total_tokens, heads, head_dim]
    k_cache, v_cache (paged): [num_blocks, block_size, kv_heads, head_dim]
    block_tables:             [batch, max_blocks_per_seq] int32
    context_lens:             [batch] int32
    slot_mapping:             [num_new_tokens] int64, slot = block * block_size + offset
"""

from loopwright.kernels.backends import (
    backend_for,
    cpu_kernels,
    cpu_sampler,
    exact_gguf_matmul,
    head_linear_for,
    kernels_enabled,
    kv_cache_dtype,
    layer_stack_for,
    linear,
)
from loopwright.kernels.checks import AttentionInputError
from loopwright.kernels.cpu_build import CPUKernelsUnavailable
from loopwright.kernels.dispatch import flash_attention, paged_decode_attention, write_kv_cache
from loopwright.kernels.gguf_matmul import BLOCK_BYTES, QuantizedMatrix, stack_rows
from loopwright.kernels.layer_stack import LayerDeltas, LayerWeights, LowRank, QuantizedLayer
from loopwright.kernels.user_cache import user_cache_dir

__all__ = [
    "BLOCK_BYTES",
    "AttentionInputError",
    "CPUKernelsUnavailable",
    "LayerDeltas",
    "LayerWeights",
    "LowRank",
    "QuantizedLayer",
    "QuantizedMatrix",
    "backend_for",
    "cpu_kernels",
    "cpu_sampler",
    "exact_gguf_matmul",
    "flash_attention",
    "kernels_enabled",
    "kv_cache_dtype",
    "head_linear_for",
    "layer_stack_for",
    "linear",
    "paged_decode_attention",
    "stack_rows",
    "user_cache_dir",
    "write_kv_cache",
]

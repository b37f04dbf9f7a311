"""Attention for the engine: one dispatch over a Triton path (CUDA) and a CPU path.

The engine calls only the three functions re-exported here; which backend runs is decided
once per device in `dispatch.py`. Shapes (vLLM / flash-attn layout):

    q, k, v (packed varlen):  [total_tokens, heads, head_dim]
    k_cache, v_cache (paged): [num_blocks, block_size, kv_heads, head_dim]
    block_tables:             [batch, max_blocks_per_seq] int32
    context_lens:             [batch] int32
    slot_mapping:             [num_new_tokens] int64, slot = block * block_size + offset
"""

from loopwright.kernels.checks import AttentionInputError
from loopwright.kernels.dispatch import (
    backend_for,
    flash_attention,
    paged_decode_attention,
    write_kv_cache,
)

__all__ = [
    "AttentionInputError",
    "backend_for",
    "flash_attention",
    "paged_decode_attention",
    "write_kv_cache",
]

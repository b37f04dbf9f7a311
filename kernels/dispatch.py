"""The three attention calls: each checks its inputs, then forwards to the backend that
`backends.backend_for` chose for the tensors' device (Triton, batched CPU SDPA, reference)."""

import torch

from loopwright.kernels import checks
from loopwright.kernels.backends import backend_for


def flash_attention(
    q: torch.Tensor,
    k: torch.Tensor,
    v: torch.Tensor,
    cu_seqlens_q: torch.Tensor,
    cu_seqlens_k: torch.Tensor,
    max_seqlen_q: int,
    max_seqlen_k: int,
    causal: bool = True,
    softmax_scale: float | None = None,
    block_table: torch.Tensor | None = None,
) -> torch.Tensor:
    """Varlen prefill attention; with `block_table`, k/v are the paged caches.

    Causal masks align bottom-right: query i of a sequence with q_len queries and k_len
    keys sees keys [0, k_len - q_len + i], so new tokens after a cached prefix see it all.
    Returns [total_q, heads, head_dim] in q's dtype.
    """
    checks.check_prefill(q, k, v, cu_seqlens_q, cu_seqlens_k, max_seqlen_q, max_seqlen_k, causal, block_table)
    return backend_for(q.device).flash_attention(
        q, k, v, cu_seqlens_q, cu_seqlens_k, max_seqlen_q, max_seqlen_k,
        causal=causal, softmax_scale=softmax_scale, block_table=block_table,
    )


def paged_decode_attention(
    q: torch.Tensor,
    k_cache: torch.Tensor,
    v_cache: torch.Tensor,
    block_tables: torch.Tensor,
    context_lens: torch.Tensor,
    softmax_scale: float | None = None,
    num_splits: int | None = None,
) -> torch.Tensor:
    """One query token per sequence over its paged context: q [batch, heads, head_dim].

    `num_splits` sets flash-decoding's split of each context (Triton only; None picks it
    from the GPU's SM count).
    """
    checks.check_decode(q, k_cache, v_cache, block_tables, context_lens)
    return backend_for(q.device).paged_decode_attention(
        q, k_cache, v_cache, block_tables, context_lens,
        softmax_scale=softmax_scale, num_splits=num_splits,
    )


def write_kv_cache(
    k: torch.Tensor,
    v: torch.Tensor,
    k_cache: torch.Tensor,
    v_cache: torch.Tensor,
    slot_mapping: torch.Tensor,
) -> None:
    """Writes new keys/values [T, kv_heads, head_dim] into their cache slots, in place."""
    checks.check_cache_write(k, v, k_cache, v_cache, slot_mapping)
    backend_for(k.device).write_kv_cache(k, v, k_cache, v_cache, slot_mapping)

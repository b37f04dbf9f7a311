"""Input checks shared by every backend: a wrong call fails with a message, never a bad read.

Shape, dtype and device checks read only metadata. Checks of values (lengths, slots) run
only on CPU tensors, where reading them costs microseconds; on CUDA they would cost a
device sync per layer, so there the engine's own bookkeeping is trusted.
"""

import itertools

import torch


class AttentionInputError(ValueError):
    """An attention call whose arguments do not describe a valid batch."""


def _fail(message: str) -> None:
    # callers test first and format the message only on failure: these checks run per layer
    raise AttentionInputError(message)


def _check_index(name: str, t: torch.Tensor, dims: int) -> None:
    if not (t.dim() == dims and not t.is_floating_point() and not t.is_complex() and t.dtype != torch.bool):
        _fail(f"{name} must be a {dims}-D integer tensor, got {t.dim()}-D {t.dtype}")


def _check_heads(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> None:
    if q.dim() != 3:
        _fail(f"q must be [tokens, heads, head_dim], got shape {tuple(q.shape)}")
    if k.shape != v.shape:
        _fail(f"k and v shapes differ: {tuple(k.shape)} vs {tuple(v.shape)}")
    if not (q.dtype == k.dtype == v.dtype):
        _fail(f"q, k, v must share a dtype, got {q.dtype}, {k.dtype}, {v.dtype}")
    if not (q.device == k.device == v.device):
        _fail(f"q, k, v must share a device, got {q.device}, {k.device}, {v.device}")
    if q.shape[-1] != k.shape[-1]:
        _fail(f"head_dim of q ({q.shape[-1]}) and k ({k.shape[-1]}) differ")
    heads, kv_heads = q.shape[-2], k.shape[-2]
    if not (kv_heads > 0 and heads % kv_heads == 0):
        _fail(f"query heads ({heads}) must be a multiple of kv heads ({kv_heads}) for GQA")


def check_prefill(
    q: torch.Tensor, k: torch.Tensor, v: torch.Tensor,
    cu_seqlens_q: torch.Tensor, cu_seqlens_k: torch.Tensor,
    max_seqlen_q: int, max_seqlen_k: int, causal: bool, block_table: torch.Tensor | None,
) -> None:
    """Validates a `flash_attention` call (see the package docstring for layouts)."""
    _check_heads(q, k, v)
    if block_table is None:
        if k.dim() != 3:
            _fail(f"packed k must be [tokens, kv_heads, head_dim], got shape {tuple(k.shape)}")
    else:
        if k.dim() != 4:
            _fail(f"with a block_table, k must be the paged cache [num_blocks, block_size, kv_heads, head_dim], got shape {tuple(k.shape)}")
        _check_index("block_table", block_table, 2)
    _check_index("cu_seqlens_q", cu_seqlens_q, 1)
    _check_index("cu_seqlens_k", cu_seqlens_k, 1)
    if not (cu_seqlens_q.shape[0] == cu_seqlens_k.shape[0] >= 2):
        _fail(
            f"cu_seqlens_q and cu_seqlens_k need the same length >= 2 (batch + 1), "
            f"got {cu_seqlens_q.shape[0]} and {cu_seqlens_k.shape[0]}"
        )
    num_seqs = cu_seqlens_q.shape[0] - 1
    if block_table is not None and block_table.shape[0] != num_seqs:
        _fail(f"block_table has {block_table.shape[0]} rows for {num_seqs} sequences")
    if q.device.type != "cpu":
        return
    cq, ck = cu_seqlens_q.tolist(), cu_seqlens_k.tolist()
    q_lens = [end - start for start, end in itertools.pairwise(cq)]
    k_lens = [end - start for start, end in itertools.pairwise(ck)]
    if cq[-1] != q.shape[0]:
        _fail(f"cu_seqlens_q ends at {cq[-1]} but q has {q.shape[0]} tokens")
    if min(q_lens + k_lens) < 0:
        _fail("cu_seqlens must be non-decreasing")
    if max(q_lens) > max_seqlen_q or max(k_lens) > max_seqlen_k:
        _fail(
            f"max_seqlen_q/max_seqlen_k ({max_seqlen_q}/{max_seqlen_k}) are below the longest sequence "
            f"({max(q_lens)}/{max(k_lens)})"
        )
    if block_table is None and ck[-1] != k.shape[0]:
        _fail(f"cu_seqlens_k ends at {ck[-1]} but k has {k.shape[0]} tokens")
    if block_table is not None and max(k_lens) > block_table.shape[1] * k.shape[1]:
        _fail(
            f"a sequence has {max(k_lens)} keys but its block_table row holds "
            f"{block_table.shape[1] * k.shape[1]} slots"
        )
    if causal and any(n_q > n_k for n_q, n_k in zip(q_lens, k_lens, strict=True)):
        _fail("causal attention needs k_len >= q_len per sequence (the new tokens' keys are in k)")


def check_decode(
    q: torch.Tensor, k_cache: torch.Tensor, v_cache: torch.Tensor,
    block_tables: torch.Tensor, context_lens: torch.Tensor,
) -> None:
    """Validates a `paged_decode_attention` call."""
    _check_heads(q, k_cache, v_cache)
    if k_cache.dim() != 4:
        _fail(f"k_cache must be [num_blocks, block_size, kv_heads, head_dim], got shape {tuple(k_cache.shape)}")
    _check_index("block_tables", block_tables, 2)
    _check_index("context_lens", context_lens, 1)
    batch = q.shape[0]
    if not (block_tables.shape[0] == batch == context_lens.shape[0]):
        _fail(f"batch sizes differ: q {batch}, block_tables {block_tables.shape[0]}, context_lens {context_lens.shape[0]}")
    if q.device.type != "cpu" or batch == 0:
        return
    lens = context_lens.tolist()
    shortest, longest = min(lens), max(lens)
    capacity = block_tables.shape[1] * k_cache.shape[1]
    if shortest < 1:
        _fail(f"every context needs >= 1 token, got a context_len of {shortest}")
    if longest > capacity:
        _fail(f"a context of {longest} tokens exceeds its block_tables row of {capacity} slots")


def check_cache_write(
    k: torch.Tensor, v: torch.Tensor, k_cache: torch.Tensor, v_cache: torch.Tensor,
    slot_mapping: torch.Tensor,
) -> None:
    """Validates a `write_kv_cache` call before anything is written."""
    if not (k.shape == v.shape and k.dim() == 3):
        _fail(f"k and v must both be [tokens, kv_heads, head_dim], got {tuple(k.shape)} and {tuple(v.shape)}")
    if not (k_cache.shape == v_cache.shape and k_cache.dim() == 4):
        _fail(f"k_cache and v_cache must both be [num_blocks, block_size, kv_heads, head_dim], got {tuple(k_cache.shape)} and {tuple(v_cache.shape)}")
    if k.shape[1:] != k_cache.shape[2:]:
        _fail(f"new keys have [kv_heads, head_dim] = {list(k.shape[1:])} but the cache holds {list(k_cache.shape[2:])}")
    _check_index("slot_mapping", slot_mapping, 1)
    if slot_mapping.shape[0] != k.shape[0]:
        _fail(f"slot_mapping has {slot_mapping.shape[0]} slots for {k.shape[0]} tokens")
    if not (k_cache.stride(-1) == 1 and v_cache.stride(-1) == 1):
        _fail("k_cache and v_cache must be contiguous in head_dim (they are written in place)")
    if k.device.type != "cpu" or k.shape[0] == 0:
        return
    slots = slot_mapping.tolist()
    lowest, highest = min(slots), max(slots)
    capacity = k_cache.shape[0] * k_cache.shape[1]
    if lowest < 0 or highest >= capacity:
        _fail(f"slot_mapping holds slots {lowest}..{highest}, outside the cache's 0..{capacity - 1}")

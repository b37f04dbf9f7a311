"""Input checks shared by every backend: a wrong call fails with a message, never a bad read.

Shape, dtype and device checks read only metadata. Checks of values (lengths, slots) run
only on CPU tensors, where reading them costs microseconds; on CUDA they would cost a
device sync per layer, so there the engine's own bookkeeping is trusted.
"""

import torch


class AttentionInputError(ValueError):
    """An attention call whose arguments do not describe a valid batch."""


def _require(ok: bool, message: str) -> None:
    if not ok:
        raise AttentionInputError(message)


def _check_index(name: str, t: torch.Tensor, dims: int) -> None:
    _require(
        t.dim() == dims and not t.is_floating_point() and not t.is_complex() and t.dtype != torch.bool,
        f"{name} must be a {dims}-D integer tensor, got {t.dim()}-D {t.dtype}",
    )


def _check_heads(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> None:
    _require(q.dim() == 3, f"q must be [tokens, heads, head_dim], got shape {tuple(q.shape)}")
    _require(k.shape == v.shape, f"k and v shapes differ: {tuple(k.shape)} vs {tuple(v.shape)}")
    _require(
        q.dtype == k.dtype == v.dtype,
        f"q, k, v must share a dtype, got {q.dtype}, {k.dtype}, {v.dtype}",
    )
    _require(q.device == k.device == v.device, f"q, k, v must share a device, got {q.device}, {k.device}, {v.device}")
    _require(q.shape[-1] == k.shape[-1], f"head_dim of q ({q.shape[-1]}) and k ({k.shape[-1]}) differ")
    heads, kv_heads = q.shape[-2], k.shape[-2]
    _require(
        kv_heads > 0 and heads % kv_heads == 0,
        f"query heads ({heads}) must be a multiple of kv heads ({kv_heads}) for GQA",
    )


def check_prefill(
    q: torch.Tensor, k: torch.Tensor, v: torch.Tensor,
    cu_seqlens_q: torch.Tensor, cu_seqlens_k: torch.Tensor,
    max_seqlen_q: int, max_seqlen_k: int, causal: bool, block_table: torch.Tensor | None,
) -> None:
    """Validates a `flash_attention` call (see the package docstring for layouts)."""
    _check_heads(q, k, v)
    if block_table is None:
        _require(k.dim() == 3, f"packed k must be [tokens, kv_heads, head_dim], got shape {tuple(k.shape)}")
    else:
        _require(
            k.dim() == 4,
            f"with a block_table, k must be the paged cache [num_blocks, block_size, kv_heads, head_dim], got shape {tuple(k.shape)}",
        )
        _check_index("block_table", block_table, 2)
    _check_index("cu_seqlens_q", cu_seqlens_q, 1)
    _check_index("cu_seqlens_k", cu_seqlens_k, 1)
    _require(
        cu_seqlens_q.shape[0] == cu_seqlens_k.shape[0] >= 2,
        f"cu_seqlens_q and cu_seqlens_k need the same length >= 2 (batch + 1), "
        f"got {cu_seqlens_q.shape[0]} and {cu_seqlens_k.shape[0]}",
    )
    num_seqs = cu_seqlens_q.shape[0] - 1
    if block_table is not None:
        _require(
            block_table.shape[0] == num_seqs,
            f"block_table has {block_table.shape[0]} rows for {num_seqs} sequences",
        )
    if q.device.type != "cpu":
        return
    q_lens = cu_seqlens_q[1:] - cu_seqlens_q[:-1]
    k_lens = cu_seqlens_k[1:] - cu_seqlens_k[:-1]
    _require(int(cu_seqlens_q[-1]) == q.shape[0], f"cu_seqlens_q ends at {int(cu_seqlens_q[-1])} but q has {q.shape[0]} tokens")
    _require(bool((q_lens >= 0).all() and (k_lens >= 0).all()), "cu_seqlens must be non-decreasing")
    _require(
        int(q_lens.max()) <= max_seqlen_q and int(k_lens.max()) <= max_seqlen_k,
        f"max_seqlen_q/max_seqlen_k ({max_seqlen_q}/{max_seqlen_k}) are below the longest sequence "
        f"({int(q_lens.max())}/{int(k_lens.max())})",
    )
    if block_table is None:
        _require(int(cu_seqlens_k[-1]) == k.shape[0], f"cu_seqlens_k ends at {int(cu_seqlens_k[-1])} but k has {k.shape[0]} tokens")
    else:
        capacity = block_table.shape[1] * k.shape[1]
        _require(
            int(k_lens.max()) <= capacity,
            f"a sequence has {int(k_lens.max())} keys but its block_table row holds {capacity} slots",
        )
    if causal:
        _require(
            bool((q_lens <= k_lens).all()),
            "causal attention needs k_len >= q_len per sequence (the new tokens' keys are in k)",
        )


def check_decode(
    q: torch.Tensor, k_cache: torch.Tensor, v_cache: torch.Tensor,
    block_tables: torch.Tensor, context_lens: torch.Tensor,
) -> None:
    """Validates a `paged_decode_attention` call."""
    _check_heads(q, k_cache, v_cache)
    _require(
        k_cache.dim() == 4,
        f"k_cache must be [num_blocks, block_size, kv_heads, head_dim], got shape {tuple(k_cache.shape)}",
    )
    _check_index("block_tables", block_tables, 2)
    _check_index("context_lens", context_lens, 1)
    batch = q.shape[0]
    _require(
        block_tables.shape[0] == batch == context_lens.shape[0],
        f"batch sizes differ: q {batch}, block_tables {block_tables.shape[0]}, context_lens {context_lens.shape[0]}",
    )
    if q.device.type != "cpu" or batch == 0:
        return
    shortest, longest = (int(x) for x in torch.aminmax(context_lens))
    capacity = block_tables.shape[1] * k_cache.shape[1]
    _require(shortest >= 1, f"every context needs >= 1 token, got a context_len of {shortest}")
    _require(longest <= capacity, f"a context of {longest} tokens exceeds its block_tables row of {capacity} slots")


def check_cache_write(
    k: torch.Tensor, v: torch.Tensor, k_cache: torch.Tensor, v_cache: torch.Tensor,
    slot_mapping: torch.Tensor,
) -> None:
    """Validates a `write_kv_cache` call before anything is written."""
    _require(k.shape == v.shape and k.dim() == 3, f"k and v must both be [tokens, kv_heads, head_dim], got {tuple(k.shape)} and {tuple(v.shape)}")
    _require(
        k_cache.shape == v_cache.shape and k_cache.dim() == 4,
        f"k_cache and v_cache must both be [num_blocks, block_size, kv_heads, head_dim], got {tuple(k_cache.shape)} and {tuple(v_cache.shape)}",
    )
    _require(
        k.shape[1:] == k_cache.shape[2:],
        f"new keys have [kv_heads, head_dim] = {list(k.shape[1:])} but the cache holds {list(k_cache.shape[2:])}",
    )
    _check_index("slot_mapping", slot_mapping, 1)
    _require(slot_mapping.shape[0] == k.shape[0], f"slot_mapping has {slot_mapping.shape[0]} slots for {k.shape[0]} tokens")
    _require(
        k_cache.stride(-1) == 1 and v_cache.stride(-1) == 1,
        "k_cache and v_cache must be contiguous in head_dim (they are written in place)",
    )
    if k.device.type != "cpu" or k.shape[0] == 0:
        return
    lowest, highest = (int(x) for x in torch.aminmax(slot_mapping))
    slots = k_cache.shape[0] * k_cache.shape[1]
    _require(lowest >= 0 and highest < slots, f"slot_mapping holds slots {lowest}..{highest}, outside the cache's 0..{slots - 1}")

"""Reference attention: one PyTorch SDPA call per sequence over K/V gathered from the cache.

Slow (a Python loop over sequences) but obviously right; LOOPWRIGHT_ATTENTION=reference
forces it, and the tests hold the fast paths to the same float64 naive attention.
"""

import torch
import torch.nn.functional as F


def write_kv_cache(
    k: torch.Tensor, v: torch.Tensor, k_cache: torch.Tensor, v_cache: torch.Tensor,
    slot_mapping: torch.Tensor,
) -> None:
    # k: [T, kv_heads, head_dim]; k_cache: [num_blocks, block_size, kv_heads, head_dim]
    k_cache.view(-1, *k_cache.shape[2:]).index_copy_(0, slot_mapping, k.to(k_cache.dtype))
    v_cache.view(-1, *v_cache.shape[2:]).index_copy_(0, slot_mapping, v.to(v_cache.dtype))


def gather_paged(cache: torch.Tensor, block_table_row: torch.Tensor, length: int) -> torch.Tensor:
    """The first `length` tokens of one sequence: [length, kv_heads, head_dim]."""
    block_size = cache.shape[1]
    num_blocks = (length + block_size - 1) // block_size
    return cache[block_table_row[:num_blocks].long()].flatten(0, 1)[:length]


def _sdpa(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, causal: bool, scale: float) -> torch.Tensor:
    # q: [q_len, heads, d]; k, v: [k_len, kv_heads, d] -> [q_len, heads, d]
    q_len, k_len = q.shape[0], k.shape[0]
    group = q.shape[1] // k.shape[1]
    qh, kh, vh = q.transpose(0, 1), k.transpose(0, 1), v.transpose(0, 1)
    mask = None
    if causal and q_len > 1:
        # bottom-right aligned: query i sees keys <= k_len - q_len + i
        rows = torch.arange(q_len).unsqueeze(1) + (k_len - q_len)
        mask = torch.arange(k_len).unsqueeze(0) <= rows
    out = F.scaled_dot_product_attention(
        qh.unsqueeze(0), kh.unsqueeze(0), vh.unsqueeze(0),
        attn_mask=mask, scale=scale, enable_gqa=group > 1,
    )
    return out[0].transpose(0, 1)


def flash_attention(
    q: torch.Tensor, k: torch.Tensor, v: torch.Tensor,
    cu_seqlens_q: torch.Tensor, cu_seqlens_k: torch.Tensor,
    max_seqlen_q: int, max_seqlen_k: int,
    causal: bool = True, softmax_scale: float | None = None,
    block_table: torch.Tensor | None = None,
) -> torch.Tensor:
    scale = softmax_scale if softmax_scale is not None else q.shape[-1] ** -0.5
    out = torch.empty_like(q)
    cq, ck = cu_seqlens_q.tolist(), cu_seqlens_k.tolist()
    for i in range(len(cq) - 1):
        qs = q[cq[i]:cq[i + 1]]
        k_len = ck[i + 1] - ck[i]
        if block_table is None:
            ks, vs = k[ck[i]:ck[i + 1]], v[ck[i]:ck[i + 1]]
        else:
            ks, vs = gather_paged(k, block_table[i], k_len), gather_paged(v, block_table[i], k_len)
        out[cq[i]:cq[i + 1]] = _sdpa(qs, ks, vs, causal, scale)
    return out


def paged_decode_attention(
    q: torch.Tensor, k_cache: torch.Tensor, v_cache: torch.Tensor,
    block_tables: torch.Tensor, context_lens: torch.Tensor,
    softmax_scale: float | None = None, num_splits: int | None = None,
) -> torch.Tensor:
    # q: [batch, heads, head_dim] -> out: [batch, heads, head_dim]; num_splits is GPU-only
    scale = softmax_scale if softmax_scale is not None else q.shape[-1] ** -0.5
    out = torch.empty_like(q)
    for i, length in enumerate(context_lens.tolist()):
        ks = gather_paged(k_cache, block_tables[i], length)
        vs = gather_paged(v_cache, block_tables[i], length)
        out[i] = _sdpa(q[i : i + 1], ks, vs, False, scale)[0]
    return out

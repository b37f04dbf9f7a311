"""Fast CPU attention: one gather of the paged cache, one PyTorch SDPA call per batch.

On a CPU the cost of a decode step is mostly Python and dispatch overhead (30 layers per
token for SmolLM2), so the whole batch goes through a constant number of tensor ops: the
blocks of every sequence are gathered with one `index_select` into a padded
[batch, max_len, kv_heads, d] buffer, a length mask hides the padding, and SDPA's flash CPU
kernel does the rest. GQA never repeats K/V: in decode the query heads of a KV head become
the rows of a [batch, kv_heads, group, d] query, in prefill SDPA's `enable_gqa` broadcasts.
Each call gathers into a fresh tensor (no module-level scratch buffers: nothing here keeps
state between calls). This is the PyTorch fallback; the engine's CPU fast path is the C++
layer stack (`layer_stack.py`), which reads the paged cache in place.
"""

import torch
import torch.nn.functional as F

from loopwright.kernels.reference import write_kv_cache

__all__ = ["flash_attention", "paged_decode_attention", "write_kv_cache"]


def _gather_blocks(
    cache: torch.Tensor, block_tables: torch.Tensor, max_len: int
) -> torch.Tensor:
    """[num_blocks, page, kv_heads, d] -> [batch, kv_heads, max_len, d] (a strided view)."""
    batch = block_tables.shape[0]
    _, page_size, kv_heads, head_dim = cache.shape
    blocks = -(-max_len // page_size)
    # table entries past a sequence's end may be padding (-1); they are masked anyway
    index = block_tables[:, :blocks].reshape(-1).clamp(min=0)
    out = torch.index_select(cache, 0, index)  # [batch * blocks, page, kv_heads, d]
    return out.view(batch, blocks * page_size, kv_heads, head_dim)[:, :max_len].transpose(1, 2)


def paged_decode_attention(
    q: torch.Tensor, k_cache: torch.Tensor, v_cache: torch.Tensor,
    block_tables: torch.Tensor, context_lens: torch.Tensor,
    softmax_scale: float | None = None, num_splits: int | None = None,
) -> torch.Tensor:
    """q: [batch, heads, d] -> [batch, heads, d]; num_splits only matters on GPUs."""
    batch, heads, head_dim = q.shape
    kv_heads = k_cache.shape[2]
    max_len = int(context_lens.max())
    k = _gather_blocks(k_cache, block_tables, max_len)  # [batch, kv_heads, max_len, d]
    v = _gather_blocks(v_cache, block_tables, max_len)
    mask = None
    if batch > 1:
        positions = torch.arange(max_len, device=q.device)
        mask = (positions < context_lens.unsqueeze(1)).view(batch, 1, 1, max_len)
    # the group's query heads are the query rows of their KV head: [batch, kv_heads, group, d]
    grouped_q = q.reshape(batch, kv_heads, heads // kv_heads, head_dim)
    out = F.scaled_dot_product_attention(grouped_q, k, v, attn_mask=mask, scale=softmax_scale)
    return out.reshape(batch, heads, head_dim)


def _pad_rows(x: torch.Tensor, cu_seqlens: torch.Tensor, max_len: int) -> torch.Tensor:
    """Packed [total, heads, d] -> [batch, heads, max_len, d] (rows past a length repeat)."""
    starts = cu_seqlens[:-1].unsqueeze(1)
    index = (starts + torch.arange(max_len, device=x.device)).clamp(max=x.shape[0] - 1)
    batch = index.shape[0]
    return x.index_select(0, index.reshape(-1)).view(batch, max_len, *x.shape[1:]).transpose(1, 2)


def _prefill_mask(
    q_lens: torch.Tensor, k_lens: torch.Tensor, max_q: int, max_k: int, causal: bool
) -> torch.Tensor:
    """[batch, 1, max_q, max_k] bool; padded query rows see everything (never an all-false row)."""
    q_pos = torch.arange(max_q, device=q_lens.device).view(1, max_q, 1)
    k_pos = torch.arange(max_k, device=q_lens.device).view(1, 1, max_k)
    q_lens, k_lens = q_lens.view(-1, 1, 1), k_lens.view(-1, 1, 1)
    visible = k_pos < k_lens
    if causal:
        # bottom-right aligned: query i sees keys <= k_len - q_len + i
        visible = visible & (k_pos <= k_lens - q_lens + q_pos)
    return (visible | (q_pos >= q_lens)).unsqueeze(1)


def _single_sequence(
    q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, cu_seqlens_k: torch.Tensor,
    causal: bool, softmax_scale: float | None, block_table: torch.Tensor | None,
) -> torch.Tensor:
    """One sequence needs no padding, and a square causal mask is SDPA's own `is_causal`."""
    q_len = q.shape[0]
    k_start, k_len = int(cu_seqlens_k[0]), int(cu_seqlens_k[1] - cu_seqlens_k[0])
    if block_table is None:
        keys = k[k_start : k_start + k_len].transpose(0, 1).unsqueeze(0)
        values = v[k_start : k_start + k_len].transpose(0, 1).unsqueeze(0)
    else:
        keys = _gather_blocks(k, block_table, k_len)
        values = _gather_blocks(v, block_table, k_len)
    mask = None
    if causal and q_len > 1 and q_len != k_len:
        mask = torch.ones(q_len, k_len, dtype=torch.bool, device=q.device).tril(k_len - q_len)
    out = F.scaled_dot_product_attention(
        q.transpose(0, 1).unsqueeze(0), keys, values, attn_mask=mask,
        is_causal=causal and q_len > 1 and q_len == k_len, scale=softmax_scale, enable_gqa=True,
    )  # [1, heads, q_len, d]
    return out[0].transpose(0, 1)


def flash_attention(
    q: torch.Tensor, k: torch.Tensor, v: torch.Tensor,
    cu_seqlens_q: torch.Tensor, cu_seqlens_k: torch.Tensor,
    max_seqlen_q: int, max_seqlen_k: int,
    causal: bool = True, softmax_scale: float | None = None,
    block_table: torch.Tensor | None = None,
) -> torch.Tensor:
    """Packed varlen prefill, q: [total_q, heads, d]; k, v packed or paged (see package doc)."""
    batch = cu_seqlens_q.shape[0] - 1
    if batch == 1:
        return _single_sequence(q, k, v, cu_seqlens_k, causal, softmax_scale, block_table)
    heads, head_dim = q.shape[1], q.shape[2]
    q_lens = cu_seqlens_q[1:] - cu_seqlens_q[:-1]
    k_lens = cu_seqlens_k[1:] - cu_seqlens_k[:-1]
    if block_table is None:
        keys, values = _pad_rows(k, cu_seqlens_k, max_seqlen_k), _pad_rows(v, cu_seqlens_k, max_seqlen_k)
    else:
        keys = _gather_blocks(k, block_table, max_seqlen_k)
        values = _gather_blocks(v, block_table, max_seqlen_k)
    queries = _pad_rows(q, cu_seqlens_q, max_seqlen_q)  # [batch, heads, max_q, d]
    mask = _prefill_mask(q_lens, k_lens, max_seqlen_q, max_seqlen_k, causal)
    out = F.scaled_dot_product_attention(
        queries, keys, values, attn_mask=mask, scale=softmax_scale, enable_gqa=True
    )  # [batch, heads, max_q, d]
    real_rows = (torch.arange(max_seqlen_q, device=q.device) < q_lens.unsqueeze(1)).reshape(-1)
    return out.transpose(1, 2).reshape(batch * max_seqlen_q, heads, head_dim)[real_rows]

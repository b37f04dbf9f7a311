"""Triton paged flash-decoding: split-K partials over the paged cache, then a reduction.

A decode step has one query per sequence, too little work to fill a GPU if each sequence
got one program. Flash-decoding splits every context into `num_splits` chunks processed in
parallel; each program writes its chunk's normalised output and log-sum-exp (base 2), and
a second kernel merges the chunks with weights 2^(lse_s - max lse). One program serves all
query heads of one KV head (GQA), so K/V are loaded once per group, never repeated in memory.
"""

import math

import torch
import triton
import triton.language as tl

from loopwright.kernels import tiling

LOG2E = math.log2(math.e)


@triton.jit
def _decode_split_kernel(
    Q, KCache, VCache, BlockTables, ContextLens, PartialOut, PartialLse,
    stride_qb, stride_qh,
    stride_kb, stride_kt, stride_kh, stride_vb, stride_vt, stride_vh, stride_bt,
    stride_pb, stride_ph, stride_ps, stride_lb, stride_lh,
    qk_scale_log2, split_len,
    GROUP: tl.constexpr, GROUP_PAD: tl.constexpr,
    HEAD_DIM: tl.constexpr, HEAD_DIM_PAD: tl.constexpr,
    PAGE_SIZE: tl.constexpr, BLOCK_N: tl.constexpr,
):
    seq = tl.program_id(0)
    kv_head = tl.program_id(1)
    split = tl.program_id(2)
    context_len = tl.load(ContextLens + seq)
    start = split * split_len
    end = tl.minimum(start + split_len, context_len)

    offs_g = tl.arange(0, GROUP_PAD)
    heads = kv_head * GROUP + offs_g  # the query heads sharing this KV head
    g_mask = offs_g < GROUP
    offs_d = tl.arange(0, HEAD_DIM_PAD)
    d_mask = offs_d < HEAD_DIM
    q = tl.load(
        Q + seq * stride_qb + heads[:, None] * stride_qh + offs_d[None, :],
        mask=g_mask[:, None] & d_mask[None, :], other=0.0,
    ).to(tl.float32)  # [GROUP_PAD, HEAD_DIM_PAD]

    m_i = tl.full([GROUP_PAD], float("-inf"), tl.float32)
    l_i = tl.zeros([GROUP_PAD], tl.float32)
    acc = tl.zeros([GROUP_PAD, HEAD_DIM_PAD], tl.float32)
    for start_n in range(start, end, BLOCK_N):
        offs_n = start_n + tl.arange(0, BLOCK_N)
        n_mask = offs_n < end
        page = tl.load(BlockTables + seq * stride_bt + offs_n // PAGE_SIZE, mask=n_mask, other=0)
        page = page.to(tl.int64)
        slot_in_page = offs_n % PAGE_SIZE
        kv_mask = n_mask[:, None] & d_mask[None, :]
        k = tl.load(
            KCache + (page * stride_kb + slot_in_page * stride_kt)[:, None] + kv_head * stride_kh
            + offs_d[None, :], mask=kv_mask, other=0.0,
        ).to(tl.float32)  # [BLOCK_N, HEAD_DIM_PAD]
        # a group of <= 16 rows is below tl.dot's minimum tile: broadcast-multiply instead
        qk = tl.sum(q[:, None, :] * k[None, :, :], 2) * qk_scale_log2  # [GROUP_PAD, BLOCK_N]
        qk = tl.where(n_mask[None, :], qk, float("-inf"))
        m_new = tl.maximum(m_i, tl.max(qk, 1))
        m_safe = tl.where(m_new == float("-inf"), 0.0, m_new)
        p = tl.math.exp2(qk - m_safe[:, None])
        alpha = tl.math.exp2(m_i - m_safe)
        l_i = l_i * alpha + tl.sum(p, 1)
        v = tl.load(
            VCache + (page * stride_vb + slot_in_page * stride_vt)[:, None] + kv_head * stride_vh
            + offs_d[None, :], mask=kv_mask, other=0.0,
        ).to(tl.float32)
        acc = acc * alpha[:, None] + tl.sum(p[:, :, None] * v[None, :, :], 1)
        m_i = m_new

    has_keys = l_i > 0.0
    out = acc / tl.where(has_keys, l_i, 1.0)[:, None]
    lse = tl.where(has_keys, m_i + tl.math.log2(tl.where(has_keys, l_i, 1.0)), float("-inf"))
    tl.store(
        PartialOut + seq * stride_pb + heads[:, None] * stride_ph + split * stride_ps + offs_d[None, :],
        out, mask=g_mask[:, None] & d_mask[None, :],
    )
    tl.store(PartialLse + seq * stride_lb + heads * stride_lh + split, lse, mask=g_mask)


@triton.jit
def _decode_reduce_kernel(
    PartialOut, PartialLse, Out,
    stride_pb, stride_ph, stride_ps, stride_lb, stride_lh, stride_ob, stride_oh,
    NUM_SPLITS: tl.constexpr, SPLITS_PAD: tl.constexpr,
    HEAD_DIM: tl.constexpr, HEAD_DIM_PAD: tl.constexpr,
):
    seq = tl.program_id(0)
    head = tl.program_id(1)
    offs_s = tl.arange(0, SPLITS_PAD)
    s_mask = offs_s < NUM_SPLITS
    offs_d = tl.arange(0, HEAD_DIM_PAD)
    d_mask = offs_d < HEAD_DIM
    lse = tl.load(PartialLse + seq * stride_lb + head * stride_lh + offs_s, mask=s_mask, other=float("-inf"))
    lse_max = tl.max(lse, 0)
    weights = tl.math.exp2(lse - tl.where(lse_max == float("-inf"), 0.0, lse_max))  # empty split -> 0
    partial = tl.load(
        PartialOut + seq * stride_pb + head * stride_ph + offs_s[:, None] * stride_ps + offs_d[None, :],
        mask=s_mask[:, None] & d_mask[None, :], other=0.0,
    )  # [SPLITS_PAD, HEAD_DIM_PAD]
    total = tl.sum(weights, 0)
    out = tl.sum(weights[:, None] * partial, 0) / tl.where(total == 0.0, 1.0, total)
    tl.store(Out + seq * stride_ob + head * stride_oh + offs_d, out.to(Out.dtype.element_ty), mask=d_mask)


_decode_split_autotuned = triton.autotune(
    configs=[
        triton.Config({"BLOCK_N": bn}, num_warps=w, num_stages=s)
        for bn in (32, 64, 128)
        for w in (2, 4, 8)
        for s in (1, 2)
    ],
    key=["GROUP_PAD", "HEAD_DIM_PAD", "PAGE_SIZE"],
)(_decode_split_kernel)


def _num_sms(device: torch.device) -> int:
    if device.type == "cuda":
        return torch.cuda.get_device_properties(device.index or 0).multi_processor_count
    return 4  # interpreter: a few splits, so the reduction is exercised


def paged_decode_attention(
    q: torch.Tensor, k_cache: torch.Tensor, v_cache: torch.Tensor,
    block_tables: torch.Tensor, context_lens: torch.Tensor,
    softmax_scale: float | None = None, num_splits: int | None = None,
) -> torch.Tensor:
    """q: [batch, heads, d] -> [batch, heads, d]; caches [num_blocks, page_size, kv_heads, d]."""
    q = q if q.stride(-1) == 1 else q.contiguous()
    batch, heads, head_dim = q.shape
    _, page_size, kv_heads, _ = k_cache.shape
    group = heads // kv_heads
    scale = softmax_scale if softmax_scale is not None else head_dim**-0.5
    # splits are whole SRAM-sized key tiles; the autotuned tile on CUDA may differ, which
    # only changes how the last tile of a split is masked
    block_n = tiling.sram_tiles(head_dim, k_cache.element_size()).block_n
    # an upper bound of the longest context that needs no device sync
    max_context = block_tables.shape[1] * page_size
    if num_splits is None:
        num_splits = tiling.default_num_splits(batch, kv_heads, max_context, block_n, _num_sms(q.device))
    split_len = triton.cdiv(triton.cdiv(max_context, num_splits), block_n) * block_n
    head_dim_pad = max(16, triton.next_power_of_2(head_dim))

    partial_out = torch.empty(batch, heads, num_splits, head_dim, dtype=torch.float32, device=q.device)
    partial_lse = torch.empty(batch, heads, num_splits, dtype=torch.float32, device=q.device)
    args = (
        q, k_cache, v_cache, block_tables, context_lens, partial_out, partial_lse,
        q.stride(0), q.stride(1),
        k_cache.stride(0), k_cache.stride(1), k_cache.stride(2),
        v_cache.stride(0), v_cache.stride(1), v_cache.stride(2), block_tables.stride(0),
        partial_out.stride(0), partial_out.stride(1), partial_out.stride(2),
        partial_lse.stride(0), partial_lse.stride(1),
        scale * LOG2E, split_len,
    )
    meta = dict(
        GROUP=group, GROUP_PAD=triton.next_power_of_2(group),
        HEAD_DIM=head_dim, HEAD_DIM_PAD=head_dim_pad, PAGE_SIZE=page_size,
    )
    grid = (batch, kv_heads, num_splits)
    if q.is_cuda:
        _decode_split_autotuned[grid](*args, **meta)
    else:
        _decode_split_kernel[grid](*args, **meta, BLOCK_N=block_n)
    out = torch.empty_like(q)
    _decode_reduce_kernel[(batch, heads)](
        partial_out, partial_lse, out,
        partial_out.stride(0), partial_out.stride(1), partial_out.stride(2),
        partial_lse.stride(0), partial_lse.stride(1), out.stride(0), out.stride(1),
        NUM_SPLITS=num_splits, SPLITS_PAD=triton.next_power_of_2(num_splits),
        HEAD_DIM=head_dim, HEAD_DIM_PAD=head_dim_pad,
    )
    return out

"""Triton cache write: new keys/values go straight into their paged slots, in place.

One program per new token copies its [kv_heads, head_dim] rows of K and V to
`slot = block * page_size + offset`, so prefill and decode never copy the cache itself.
"""

import torch
import triton
import triton.language as tl


@triton.jit
def _write_kv_kernel(
    K, V, KCache, VCache, SlotMapping,
    stride_kt, stride_kh, stride_vt, stride_vh,
    stride_ckb, stride_ckt, stride_ckh, stride_cvb, stride_cvt, stride_cvh,
    KV_HEADS: tl.constexpr, HEADS_PAD: tl.constexpr,
    HEAD_DIM: tl.constexpr, HEAD_DIM_PAD: tl.constexpr, PAGE_SIZE: tl.constexpr,
):
    token = tl.program_id(0)
    slot = tl.load(SlotMapping + token).to(tl.int64)
    page = slot // PAGE_SIZE
    offset = slot % PAGE_SIZE
    offs_h = tl.arange(0, HEADS_PAD)
    offs_d = tl.arange(0, HEAD_DIM_PAD)
    mask = (offs_h < KV_HEADS)[:, None] & (offs_d < HEAD_DIM)[None, :]
    k = tl.load(K + token * stride_kt + offs_h[:, None] * stride_kh + offs_d[None, :], mask=mask)
    v = tl.load(V + token * stride_vt + offs_h[:, None] * stride_vh + offs_d[None, :], mask=mask)
    k_dst = KCache + page * stride_ckb + offset * stride_ckt + offs_h[:, None] * stride_ckh + offs_d[None, :]
    v_dst = VCache + page * stride_cvb + offset * stride_cvt + offs_h[:, None] * stride_cvh + offs_d[None, :]
    tl.store(k_dst, k, mask=mask)
    tl.store(v_dst, v, mask=mask)


def write_kv_cache(
    k: torch.Tensor, v: torch.Tensor, k_cache: torch.Tensor, v_cache: torch.Tensor,
    slot_mapping: torch.Tensor,
) -> None:
    """k, v: [T, kv_heads, d] into k_cache, v_cache: [num_blocks, page_size, kv_heads, d]."""
    # cast on the host: the interpreter truncates fp32 -> bf16 where GPUs and torch round
    k, v = (t.to(k_cache.dtype).contiguous() for t in (k, v))
    num_tokens, kv_heads, head_dim = k.shape
    if num_tokens == 0:
        return
    _write_kv_kernel[(num_tokens,)](
        k, v, k_cache, v_cache, slot_mapping,
        k.stride(0), k.stride(1), v.stride(0), v.stride(1),
        k_cache.stride(0), k_cache.stride(1), k_cache.stride(2),
        v_cache.stride(0), v_cache.stride(1), v_cache.stride(2),
        KV_HEADS=kv_heads, HEADS_PAD=triton.next_power_of_2(kv_heads),
        HEAD_DIM=head_dim, HEAD_DIM_PAD=triton.next_power_of_2(head_dim), PAGE_SIZE=k_cache.shape[1],
    )

"""Triton varlen prefill: flash attention over packed sequences, GQA, causal or not.

One program owns BLOCK_M query rows of one head of one sequence and streams that
sequence's keys in BLOCK_N tiles through an online softmax (running max and denominator,
rescaled as each tile arrives; base-2 exponentials with log2(e) folded into the scale), so
no [q_len, k_len] matrix ever exists. Keys come either packed (`k[cu_seqlens_k[i]:]`) or,
with a block table, from the paged cache: a new agent turn prefills only its new tokens
and still attends to the cached prefix. Causal masks align bottom-right (query i of a
sequence with q_len queries and k_len keys sees keys <= k_len - q_len + i); a query that
sees no key at all gets zeros.
"""

import math

import torch
import triton
import triton.language as tl

from loopwright.kernels import tiling

LOG2E = math.log2(math.e)
IEEE_MAX_TILE = 64 * 32
"""Largest BLOCK_M x BLOCK_N tried for full-precision fp32 prefill on CUDA."""
_TL_DTYPES = {torch.float32: tl.float32, torch.float16: tl.float16, torch.bfloat16: tl.bfloat16}


@triton.jit
def _prefill_kernel(
    Q, K, V, Out, CuSeqlensQ, CuSeqlensK, BlockTable,
    stride_qt, stride_qh, stride_ot, stride_oh,
    stride_kb, stride_kt, stride_kh, stride_vb, stride_vt, stride_vh, stride_bt,
    qk_scale_log2,
    GROUP: tl.constexpr, HEAD_DIM: tl.constexpr, HEAD_DIM_PAD: tl.constexpr,
    PAGE_SIZE: tl.constexpr, PAGED: tl.constexpr, CAUSAL: tl.constexpr,
    DOT_DTYPE: tl.constexpr, DOT_PRECISION: tl.constexpr,
    BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr,
):
    m_block = tl.program_id(0)
    seq = tl.program_id(1)
    head = tl.program_id(2)
    kv_head = head // GROUP
    q_start = tl.load(CuSeqlensQ + seq)
    q_len = tl.load(CuSeqlensQ + seq + 1) - q_start
    if m_block * BLOCK_M >= q_len:
        return
    k_start = tl.load(CuSeqlensK + seq)
    k_len = tl.load(CuSeqlensK + seq + 1) - k_start

    offs_m = m_block * BLOCK_M + tl.arange(0, BLOCK_M)  # [BLOCK_M] query positions
    offs_d = tl.arange(0, HEAD_DIM_PAD)
    d_mask = offs_d < HEAD_DIM
    m_mask = offs_m < q_len
    q_rows = (q_start + offs_m).to(tl.int64)
    q = tl.load(
        Q + q_rows[:, None] * stride_qt + head * stride_qh + offs_d[None, :],
        mask=m_mask[:, None] & d_mask[None, :], other=0.0,
    ).to(DOT_DTYPE)  # [BLOCK_M, HEAD_DIM_PAD]

    m_i = tl.full([BLOCK_M], float("-inf"), tl.float32)  # running max, log2 domain
    l_i = tl.zeros([BLOCK_M], tl.float32)  # running denominator
    acc = tl.zeros([BLOCK_M, HEAD_DIM_PAD], tl.float32)
    diagonal = k_len - q_len  # bottom-right: query i sees keys <= diagonal + i
    hi = k_len
    if CAUSAL:
        hi = tl.minimum(k_len, diagonal + (m_block + 1) * BLOCK_M)
    for start_n in range(0, hi, BLOCK_N):
        offs_n = start_n + tl.arange(0, BLOCK_N)  # [BLOCK_N] key positions
        n_mask = offs_n < k_len
        if PAGED:
            page = tl.load(BlockTable + seq * stride_bt + offs_n // PAGE_SIZE, mask=n_mask, other=0)
            page = page.to(tl.int64)
            k_rows = page * stride_kb + (offs_n % PAGE_SIZE) * stride_kt
            v_rows = page * stride_vb + (offs_n % PAGE_SIZE) * stride_vt
        else:
            k_rows = (k_start + offs_n).to(tl.int64) * stride_kt
            v_rows = (k_start + offs_n).to(tl.int64) * stride_vt
        kv_mask = n_mask[:, None] & d_mask[None, :]
        k = tl.load(K + k_rows[:, None] + kv_head * stride_kh + offs_d[None, :], mask=kv_mask, other=0.0)
        k = k.to(DOT_DTYPE)
        qk = tl.dot(q, tl.trans(k), input_precision=DOT_PRECISION) * qk_scale_log2  # [BLOCK_M, BLOCK_N]
        visible = n_mask[None, :]
        if CAUSAL:
            visible = visible & (offs_n[None, :] <= diagonal + offs_m[:, None])
        qk = tl.where(visible, qk, float("-inf"))
        m_new = tl.maximum(m_i, tl.max(qk, 1))
        m_safe = tl.where(m_new == float("-inf"), 0.0, m_new)  # rows with nothing visible yet
        p = tl.math.exp2(qk - m_safe[:, None])
        alpha = tl.math.exp2(m_i - m_safe)
        l_i = l_i * alpha + tl.sum(p, 1)
        v = tl.load(V + v_rows[:, None] + kv_head * stride_vh + offs_d[None, :], mask=kv_mask, other=0.0)
        p = p.to(V.dtype.element_ty).to(DOT_DTYPE)  # P rounded to the input dtype, as on a GPU
        acc = acc * alpha[:, None] + tl.dot(p, v.to(DOT_DTYPE), input_precision=DOT_PRECISION)
        m_i = m_new

    out = acc / tl.where(l_i == 0.0, 1.0, l_i)[:, None]
    tl.store(
        Out + q_rows[:, None] * stride_ot + head * stride_oh + offs_d[None, :],
        out.to(Out.dtype.element_ty), mask=m_mask[:, None] & d_mask[None, :],
    )


def _prune_to_sram(configs: list[triton.Config], named_args: dict, **kwargs) -> list[triton.Config]:
    """Drops configs whose tiles overflow the device's shared memory (and, for fp32, large ones)."""
    q = named_args["Q"]
    sram = tiling.cuda_sram_bytes(q.device.index or 0)
    d_pad = kwargs.get("HEAD_DIM_PAD", named_args.get("HEAD_DIM_PAD"))
    kept = [
        c for c in configs
        if tiling.fits_sram(c.kwargs["BLOCK_M"], c.kwargs["BLOCK_N"], d_pad, q.element_size(), sram)
    ]
    if kwargs.get("DOT_PRECISION", named_args.get("DOT_PRECISION")) == "ieee":
        # full-precision fp32 dots run on plain FMAs, not tensor cores: large tiles gain nothing
        # and each takes the compiler long enough that tuning all of them stalls the first call
        kept = [c for c in kept if c.kwargs["BLOCK_M"] * c.kwargs["BLOCK_N"] <= IEEE_MAX_TILE and c.num_stages == 2]
    return kept or configs[-1:]


_AUTOTUNE_CONFIGS = [
    triton.Config({"BLOCK_M": bm, "BLOCK_N": bn}, num_warps=w, num_stages=s)
    for bm in (128, 64, 32)
    for bn in (128, 64, 32)
    for w in (4, 8)
    for s in (2, 3)
    if bn <= bm
]

_prefill_autotuned = triton.autotune(
    configs=_AUTOTUNE_CONFIGS,
    key=["HEAD_DIM_PAD", "GROUP", "CAUSAL", "PAGED"],
    prune_configs_by={"early_config_prune": _prune_to_sram},
)(_prefill_kernel)


def flash_attention(
    q: torch.Tensor, k: torch.Tensor, v: torch.Tensor,
    cu_seqlens_q: torch.Tensor, cu_seqlens_k: torch.Tensor,
    max_seqlen_q: int, max_seqlen_k: int,
    causal: bool = True, softmax_scale: float | None = None,
    block_table: torch.Tensor | None = None,
) -> torch.Tensor:
    """Packed varlen attention, q: [total_q, heads, d]; k, v packed or paged (see package doc)."""
    q, k, v = (t if t.stride(-1) == 1 else t.contiguous() for t in (q, k, v))
    num_seqs = cu_seqlens_q.shape[0] - 1
    heads, head_dim = q.shape[1], q.shape[2]
    kv_heads = k.shape[-2]
    scale = softmax_scale if softmax_scale is not None else head_dim**-0.5
    out = torch.empty_like(q)
    paged = block_table is not None
    if paged:
        # k, v: [num_blocks, page_size, kv_heads, d]
        page_size = k.shape[1]
        strides_k = (k.stride(0), k.stride(1), k.stride(2))
        strides_v = (v.stride(0), v.stride(1), v.stride(2))
        table, stride_bt = block_table, block_table.stride(0)
    else:
        # k, v: [total_k, kv_heads, d]
        page_size = 1
        strides_k = (0, k.stride(0), k.stride(1))
        strides_v = (0, v.stride(0), v.stride(1))
        table, stride_bt = cu_seqlens_k, 0  # never read
    args = (
        q, k, v, out, cu_seqlens_q, cu_seqlens_k, table,
        q.stride(0), q.stride(1), out.stride(0), out.stride(1),
        *strides_k, *strides_v, stride_bt,
        scale * LOG2E,
    )
    # the interpreter's dot is np.matmul, which reads bfloat16 as raw uint16 bits: widen there
    widen = not q.is_cuda and q.dtype == torch.bfloat16
    meta = dict(
        GROUP=heads // kv_heads, HEAD_DIM=head_dim,
        HEAD_DIM_PAD=max(16, triton.next_power_of_2(head_dim)),
        PAGE_SIZE=page_size, PAGED=paged, CAUSAL=causal,
        DOT_DTYPE=tl.float32 if widen else _TL_DTYPES[q.dtype],
        DOT_PRECISION="ieee" if q.dtype == torch.float32 or widen else "tf32",
    )
    if q.is_cuda:
        grid = lambda m: (triton.cdiv(max_seqlen_q, m["BLOCK_M"]), num_seqs, heads)  # noqa: E731
        _prefill_autotuned[grid](*args, **meta)
    else:
        tiles = tiling.sram_tiles(head_dim, q.element_size())
        grid = (triton.cdiv(max_seqlen_q, tiles.block_m), num_seqs, heads)
        _prefill_kernel[grid](*args, **meta, BLOCK_M=tiles.block_m, BLOCK_N=tiles.block_n)
    return out

"""flash_attention on every backend against float64 naive attention."""

import pytest
import torch

from loopwright.kernels import flash_attention
from tests.kernels.naive import TOLERANCE, PagedCache, cu_seqlens, naive_attention, relative_error

LENGTHS = [1, 7, 64, 129]
GQA = [(2, 2), (3, 1), (4, 1)]  # (query heads, kv heads): ratios 1, 3, 4


def _packed_case(
    q_lens: list[int], k_lens: list[int], heads: int, kv_heads: int, head_dim: int,
    dtype: torch.dtype, gen: torch.Generator,
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    q = torch.randn(sum(q_lens), heads, head_dim, generator=gen).to(dtype)
    k = torch.randn(sum(k_lens), kv_heads, head_dim, generator=gen).to(dtype)
    v = torch.randn(sum(k_lens), kv_heads, head_dim, generator=gen).to(dtype)
    return q, k, v


def _reference(
    q: torch.Tensor, keys: list[torch.Tensor], values: list[torch.Tensor], q_lens: list[int],
    causal: bool, scale: float,
) -> torch.Tensor:
    parts, start = [], 0
    for n, k, v in zip(q_lens, keys, values, strict=True):
        parts.append(naive_attention(q[start : start + n], k, v, causal, scale))
        start += n
    return torch.cat(parts)


def _check(out: torch.Tensor, ref: torch.Tensor, dtype: torch.dtype, backend: str) -> None:
    assert out.shape == ref.shape and out.dtype == dtype
    assert torch.isfinite(out).all(), "an output element was never written (NaN poison)"
    assert relative_error(out, ref, backend) < TOLERANCE[dtype]


@pytest.mark.parametrize("causal", [True, False])
@pytest.mark.parametrize(("heads", "kv_heads"), GQA)
def test_packed_mixed_lengths_match_naive(backend, gen, heads, kv_heads, causal):
    q, k, v = _packed_case(LENGTHS, LENGTHS, heads, kv_heads, 64, torch.float32, gen)
    cu = cu_seqlens(LENGTHS)
    out = flash_attention(q, k, v, cu, cu, max(LENGTHS), max(LENGTHS), causal=causal)
    keys, values = k.split(LENGTHS), v.split(LENGTHS)
    _check(out, _reference(q, keys, values, LENGTHS, causal, 64**-0.5), torch.float32, backend)


@pytest.mark.parametrize("causal", [True, False])
def test_new_tokens_after_a_paged_prefix_see_the_prefix(backend, gen, causal):
    # (new tokens, prefix + new tokens) per sequence; page size 5 divides none of them
    q_lens, k_lens = [1, 7, 64, 3], [7, 64, 129, 3]
    cache = PagedCache(k_lens, kv_heads=1, head_dim=64, page_size=5, dtype=torch.float32, gen=gen)
    q = torch.randn(sum(q_lens), 3, 64, generator=gen)
    out = flash_attention(
        q, cache.k_cache, cache.v_cache, cu_seqlens(q_lens), cu_seqlens(k_lens),
        max(q_lens), max(k_lens), causal=causal, block_table=cache.block_tables,
    )
    ref = _reference(q, cache.keys, cache.values, q_lens, causal, 64**-0.5)
    _check(out, ref, torch.float32, backend)


@pytest.mark.parametrize("head_dim", [96, 128])
def test_wider_heads_and_custom_scale(backend, gen, head_dim):
    lengths = [7, 64]
    q, k, v = _packed_case(lengths, lengths, 4, 1, head_dim, torch.float32, gen)
    cu = cu_seqlens(lengths)
    out = flash_attention(q, k, v, cu, cu, 64, 64, causal=True, softmax_scale=0.3)
    ref = _reference(q, k.split(lengths), v.split(lengths), lengths, True, 0.3)
    _check(out, ref, torch.float32, backend)


@pytest.mark.parametrize("dtype", [torch.bfloat16, torch.float16])
def test_half_precision_paged_prefill(backend, gen, dtype):
    q_lens, k_lens = [7, 64, 1], [7, 129, 64]
    cache = PagedCache(k_lens, kv_heads=1, head_dim=64, page_size=16, dtype=dtype, gen=gen)
    q = torch.randn(sum(q_lens), 4, 64, generator=gen).to(dtype)
    out = flash_attention(
        q, cache.k_cache, cache.v_cache, cu_seqlens(q_lens), cu_seqlens(k_lens),
        max(q_lens), max(k_lens), causal=True, block_table=cache.block_tables,
    )
    _check(out, _reference(q, cache.keys, cache.values, q_lens, True, 64**-0.5), dtype, backend)


def test_many_sequences_of_mixed_length_in_one_call(backend, gen):
    k_lens = torch.randint(1, 40, (12,), generator=gen).tolist()
    q_lens = [torch.randint(1, n + 1, (1,), generator=gen).item() for n in k_lens]
    cache = PagedCache(k_lens, kv_heads=2, head_dim=64, page_size=3, dtype=torch.float32, gen=gen)
    q = torch.randn(sum(q_lens), 6, 64, generator=gen)
    out = flash_attention(
        q, cache.k_cache, cache.v_cache, cu_seqlens(q_lens), cu_seqlens(k_lens),
        max(q_lens), max(k_lens), causal=True, block_table=cache.block_tables,
    )
    _check(out, _reference(q, cache.keys, cache.values, q_lens, True, 64**-0.5), torch.float32, backend)

"""paged_decode_attention on every backend against float64 naive attention."""

import pytest
import torch

from loopwright.kernels import paged_decode_attention
from tests.kernels.naive import TOLERANCE, PagedCache, naive_attention, relative_error

LENGTHS = [1, 7, 64, 129]


def _run(
    backend: str, lengths: list[int], heads: int, kv_heads: int, head_dim: int, page_size: int,
    dtype: torch.dtype, gen: torch.Generator, num_splits: int | None = None,
    softmax_scale: float | None = None,
) -> None:
    cache = PagedCache(lengths, kv_heads, head_dim, page_size, dtype, gen)
    q = torch.randn(len(lengths), heads, head_dim, generator=gen).to(dtype)
    out = paged_decode_attention(
        q, cache.k_cache, cache.v_cache, cache.block_tables, cache.context_lens,
        softmax_scale=softmax_scale, num_splits=num_splits,
    )
    scale = softmax_scale if softmax_scale is not None else head_dim**-0.5
    ref = torch.cat([
        naive_attention(q[i : i + 1], k, v, causal=False, scale=scale)
        for i, (k, v) in enumerate(zip(cache.keys, cache.values, strict=True))
    ])
    assert out.shape == ref.shape and out.dtype == dtype
    assert torch.isfinite(out).all(), "an output element was never written (NaN poison)"
    assert relative_error(out, ref, backend) < TOLERANCE[dtype]


@pytest.mark.parametrize(("heads", "kv_heads"), [(2, 2), (3, 1), (8, 2)])
def test_mixed_lengths_and_gqa_ratios_match_naive(backend, gen, heads, kv_heads):
    _run(backend, LENGTHS, heads, kv_heads, 64, page_size=5, dtype=torch.float32, gen=gen)


@pytest.mark.parametrize("num_splits", [1, 3, 12])
def test_any_split_count_reduces_to_the_same_answer(backend, gen, num_splits):
    # 12 splits of a 130-slot table leave most splits without keys: their weight must be zero
    _run(backend, LENGTHS, 4, 1, 64, page_size=5, dtype=torch.float32, gen=gen, num_splits=num_splits)


@pytest.mark.parametrize("dtype", [torch.bfloat16, torch.float16])
def test_half_precision_caches(backend, gen, dtype):
    _run(backend, LENGTHS, 3, 1, 64, page_size=16, dtype=dtype, gen=gen)


@pytest.mark.parametrize("head_dim", [96, 128])
def test_wider_heads_and_custom_scale(backend, gen, head_dim):
    _run(backend, [7, 129], 4, 1, head_dim, page_size=16, dtype=torch.float32, gen=gen, softmax_scale=0.2)


def test_many_sequences_of_mixed_length_in_one_call(backend, gen):
    lengths = torch.randint(1, 100, (10,), generator=gen).tolist()
    _run(backend, lengths, 6, 2, 64, page_size=16, dtype=torch.float32, gen=gen)

"""write_kv_cache: new K/V land in their slots, in place, and nothing else changes."""

import pytest
import torch

from loopwright.kernels import write_kv_cache


@pytest.mark.parametrize("cache_dtype", [torch.float32, torch.bfloat16])
def test_writes_each_token_to_its_slot_and_nothing_else(backend, gen, cache_dtype):
    num_blocks, page_size, kv_heads, head_dim = 6, 5, 3, 64
    k_cache = torch.randn(num_blocks, page_size, kv_heads, head_dim, generator=gen).to(cache_dtype)
    v_cache = torch.randn(num_blocks, page_size, kv_heads, head_dim, generator=gen).to(cache_dtype)
    expected_k, expected_v = k_cache.clone(), v_cache.clone()
    k_ptr, v_ptr = k_cache.data_ptr(), v_cache.data_ptr()
    slots = torch.randperm(num_blocks * page_size, generator=gen)[:11]
    k = torch.randn(11, kv_heads, head_dim, generator=gen)
    v = torch.randn(11, kv_heads, head_dim, generator=gen)

    write_kv_cache(k, v, k_cache, v_cache, slots)

    for token, slot in enumerate(slots.tolist()):
        expected_k[slot // page_size, slot % page_size] = k[token].to(cache_dtype)
        expected_v[slot // page_size, slot % page_size] = v[token].to(cache_dtype)
    assert k_cache.data_ptr() == k_ptr and v_cache.data_ptr() == v_ptr
    assert torch.equal(k_cache, expected_k)
    assert torch.equal(v_cache, expected_v)


def test_no_tokens_is_a_no_op(backend, gen):
    k_cache = torch.randn(2, 4, 1, 64, generator=gen)
    before = k_cache.clone()
    empty = torch.empty(0, 1, 64)
    write_kv_cache(empty, empty, k_cache, k_cache, torch.empty(0, dtype=torch.int64))
    assert torch.equal(k_cache, before)

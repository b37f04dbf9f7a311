"""Backend choice, bad-input messages, and the three calls used together like the engine does."""

import pytest
import torch

from loopwright.kernels import (
    AttentionInputError,
    backend_for,
    backends,
    flash_attention,
    paged_decode_attention,
    write_kv_cache,
)
from tests.kernels.naive import TOLERANCE, cu_seqlens, naive_attention, relative_error


@pytest.fixture
def fresh_choice():
    backends._resolve.cache_clear()
    yield
    backends._resolve.cache_clear()


@pytest.mark.parametrize(("env", "expected"), [(None, "cpu"), ("reference", "reference"), ("triton", "triton")])
def test_env_var_picks_the_backend(monkeypatch, env, expected):
    if env is None:
        monkeypatch.delenv("LOOPWRIGHT_ATTENTION", raising=False)
    else:
        monkeypatch.setenv("LOOPWRIGHT_ATTENTION", env)
    assert backend_for("cpu").name == expected


def test_unknown_backend_names_the_choices(monkeypatch):
    monkeypatch.setenv("LOOPWRIGHT_ATTENTION", "fastest")
    with pytest.raises(ValueError, match="auto, triton, cpu, reference"):
        backend_for("cpu")


def test_triton_on_cpu_without_the_interpreter_is_refused(monkeypatch, fresh_choice):
    monkeypatch.setenv("LOOPWRIGHT_ATTENTION", "triton")
    monkeypatch.delenv("TRITON_INTERPRET")
    with pytest.raises(ValueError, match="TRITON_INTERPRET=1"):
        backend_for("cpu")


def test_prefill_then_decode_over_the_written_cache(backend, gen):
    """A turn's new tokens after a cached prefix, then one decode step, as the engine runs them."""
    heads, kv_heads, d, page = 3, 1, 64, 4
    prefix, new = 9, 6
    total = prefix + new + 1
    k_all = torch.randn(total, kv_heads, d, generator=gen)
    v_all = torch.randn(total, kv_heads, d, generator=gen)
    q_all = torch.randn(total, heads, d, generator=gen)
    k_cache = torch.randn(6, page, kv_heads, d, generator=gen)
    v_cache = torch.randn(6, page, kv_heads, d, generator=gen)
    blocks = torch.tensor([[4, 0, 5, 2, -1]], dtype=torch.int32)
    slots = torch.tensor([blocks[0, t // page].item() * page + t % page for t in range(total)])
    write_kv_cache(k_all[:prefix], v_all[:prefix], k_cache, v_cache, slots[:prefix])

    write_kv_cache(k_all[prefix : prefix + new], v_all[prefix : prefix + new], k_cache, v_cache, slots[prefix : prefix + new])
    out = flash_attention(
        q_all[prefix : prefix + new], k_cache, v_cache, cu_seqlens([new]), cu_seqlens([prefix + new]),
        new, prefix + new, causal=True, block_table=blocks,
    )
    ref = naive_attention(q_all[: prefix + new], k_all[: prefix + new], v_all[: prefix + new], True, d**-0.5)
    assert relative_error(out, ref[prefix:], backend) < TOLERANCE[torch.float32]

    write_kv_cache(k_all[-1:], v_all[-1:], k_cache, v_cache, slots[-1:])
    step = paged_decode_attention(q_all[-1:], k_cache, v_cache, blocks, torch.tensor([total], dtype=torch.int32))
    ref_step = naive_attention(q_all, k_all, v_all, True, d**-0.5)[-1:]
    assert relative_error(step, ref_step, backend) < TOLERANCE[torch.float32]


def _prefill_args(**overrides):
    args = dict(
        q=torch.randn(5, 4, 64), k=torch.randn(5, 2, 64), v=torch.randn(5, 2, 64),
        cu_seqlens_q=cu_seqlens([2, 3]), cu_seqlens_k=cu_seqlens([2, 3]),
        max_seqlen_q=3, max_seqlen_k=3,
    )
    return args | overrides


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"k": torch.randn(5, 3, 64), "v": torch.randn(5, 3, 64)}, "multiple of kv heads"),
        ({"v": torch.randn(5, 2, 32)}, "k and v shapes differ"),
        ({"q": torch.randn(5, 4, 64, dtype=torch.float64)}, "share a dtype"),
        ({"cu_seqlens_k": cu_seqlens([5])}, "same length"),
        ({"cu_seqlens_q": torch.tensor([0.0, 2.0, 5.0])}, "integer tensor"),
        ({"max_seqlen_q": 2}, "below the longest sequence"),
        ({"cu_seqlens_q": cu_seqlens([3, 2]), "cu_seqlens_k": cu_seqlens([2, 3])}, "k_len >= q_len"),
        ({"block_table": torch.zeros(1, 2, dtype=torch.int32)}, "paged cache"),
    ],
)
def test_bad_prefill_calls_say_what_is_wrong(backend, overrides, message):
    with pytest.raises(AttentionInputError, match=message):
        flash_attention(**_prefill_args(**overrides))


@pytest.mark.parametrize(
    ("context_lens", "message"),
    [([0, 3], "needs >= 1 token"), ([3, 9], "exceeds its block_tables row"), ([3], "batch sizes differ")],
)
def test_bad_decode_calls_say_what_is_wrong(backend, context_lens, message):
    cache = torch.randn(4, 4, 1, 64)
    with pytest.raises(AttentionInputError, match=message):
        paged_decode_attention(
            torch.randn(2, 2, 64), cache, cache, torch.tensor([[0, 1], [2, 3]], dtype=torch.int32),
            torch.tensor(context_lens, dtype=torch.int32),
        )


@pytest.mark.parametrize(
    ("slots", "k_shape", "message"),
    [([0, 16], (2, 1, 64), "outside the cache"), ([0, 1], (2, 2, 64), "the cache holds"), ([0], (2, 1, 64), "1 slots for 2 tokens")],
)
def test_a_refused_cache_write_changes_nothing(backend, gen, slots, k_shape, message):
    k_cache = torch.randn(4, 4, 1, 64, generator=gen)
    v_cache = torch.randn(4, 4, 1, 64, generator=gen)
    before = k_cache.clone(), v_cache.clone()
    k = torch.randn(k_shape, generator=gen)
    with pytest.raises(AttentionInputError, match=message):
        write_kv_cache(k, k.clone(), k_cache, v_cache, torch.tensor(slots))
    assert torch.equal(k_cache, before[0]) and torch.equal(v_cache, before[1])

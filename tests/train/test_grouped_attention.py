"""The bf16 training attention (train.grouped_attention): what float32 SDPA with the same mask
gives, up to bf16 rounding, for causal, cached-prefix and padded batches; float32 passes go to
SDPA itself; a policy's bf16 step runs through it."""

import pytest
import torch
import torch.nn.functional as F

from loopwright.train.batch import collate
from loopwright.train.grouped_attention import GROUPED, grouped_attention
from loopwright.train.policy import LoraPolicy, LoraSettings
from tests.train.test_precision import RUNS
from tests.train.token_env import tiny_llama

HEADS, KV_HEADS, DIM = 6, 2, 16


class Attention(torch.nn.Module):
    """What HF hands an attention function: a module with its GQA groups."""

    num_key_value_groups = HEADS // KV_HEADS
    is_causal = True


def _inputs(batch: int, queries: int, keys: int, seed: int) -> tuple[torch.Tensor, ...]:
    gen = torch.Generator().manual_seed(seed)
    return (torch.randn(batch, HEADS, queries, DIM, generator=gen),
            torch.randn(batch, KV_HEADS, keys, DIM, generator=gen),
            torch.randn(batch, KV_HEADS, keys, DIM, generator=gen))


def _reference(q, k, v, allowed: torch.Tensor) -> torch.Tensor:
    """float32 SDPA over repeated KV heads -> [B, Q, H, D]."""
    repeat = HEADS // KV_HEADS
    out = F.scaled_dot_product_attention(q, k.repeat_interleave(repeat, 1), v.repeat_interleave(repeat, 1),
                                         attn_mask=allowed)
    return out.transpose(1, 2)


def _bf16(q, k, v, mask) -> torch.Tensor:
    with torch.autocast("cpu", dtype=torch.bfloat16):
        out, weights = grouped_attention(Attention(), q, k, v, mask, scaling=DIM**-0.5)
    assert weights is None
    return out.float()


@pytest.mark.parametrize(("queries", "keys"), [(9, 9), (5, 12)])
def test_no_mask_is_causal_with_the_queries_last(queries, keys):
    q, k, v = _inputs(2, queries, keys, seed=queries)
    causal = torch.ones(queries, keys, dtype=torch.bool).tril(keys - queries)
    torch.testing.assert_close(_bf16(q, k, v, None), _reference(q, k, v, causal), rtol=0, atol=3e-2)


def test_a_padding_mask_is_honoured_and_a_row_with_nothing_to_see_stays_finite():
    q, k, v = _inputs(2, 7, 7, seed=3)
    allowed = torch.ones(7, 7, dtype=torch.bool).tril().repeat(2, 1, 1, 1)  # [B, 1, Q, K]
    allowed[1, :, :, 5:] = False  # row 1 is 5 tokens, right-padded
    got = _bf16(q, k, v, allowed)
    torch.testing.assert_close(got[1, :5], _reference(q, k, v, allowed)[1, :5], rtol=0, atol=3e-2)
    torch.testing.assert_close(got[0], _reference(q, k, v, allowed)[0], rtol=0, atol=3e-2)
    allowed[1, :, 0] = False  # a query that may look at nothing
    assert torch.isfinite(_bf16(q, k, v, allowed)).all()


def test_float32_passes_are_sdpa_itself():
    q, k, v = _inputs(1, 6, 6, seed=4)
    out, _ = grouped_attention(Attention(), q, k, v, None, scaling=DIM**-0.5, is_causal=True)
    assert out.dtype == torch.float32
    torch.testing.assert_close(out, _reference(q, k, v, torch.ones(6, 6, dtype=torch.bool).tril()))


def test_a_policy_trains_through_it_in_bf16():
    torch.manual_seed(0)
    policy = LoraPolicy.wrap(tiny_llama(), LoraSettings(r=4, alpha=8))
    assert policy.model.config._attn_implementation == GROUPED
    batch = collate([run.sequences()[0] for run in RUNS], 0)
    exact = policy.token_logprobs(batch)
    policy.precision = "bf16"
    rounded = policy.token_logprobs(batch)
    assert not torch.equal(exact, rounded)
    torch.testing.assert_close(rounded, exact, rtol=0, atol=5e-2)


def test_an_additive_mask_is_added():
    q, k, v = _inputs(1, 5, 5, seed=5)
    allowed = torch.ones(5, 5, dtype=torch.bool).tril()[None, None]
    additive = torch.zeros(1, 1, 5, 5).masked_fill(~allowed, float("-inf"))
    torch.testing.assert_close(_bf16(q, k, v, additive), _reference(q, k, v, allowed), rtol=0, atol=3e-2)

"""The policy's training attention: eager or SDPA by size, the same logprobs and gradient as SDPA."""

import pytest
import torch

from loopwright.agent.trajectory import TokenSequence
from loopwright.train.batch import collate
from tests.train.token_env import logprobs_and_gradient, policy_with_adapters


def _policy_and_batch():
    """A tiny LoRA policy with non-zero adapters, and right-padded rows sharing a 40-token
    prefix (so the prefix runs once and the rows attend over it through the cache)."""
    policy = policy_with_adapters()
    head = [int(t) for t in torch.randint(1, 32, (40,), generator=torch.Generator().manual_seed(1))]
    rows = [TokenSequence(head + tail, [0] * 40 + [1] * len(tail), [0.0] * (40 + len(tail)))
            for tail in ([3, 5, 7], [9, 2], [4, 4, 4, 4, 6])]
    return policy, collate(rows)


def test_the_policy_attends_with_the_training_attention():
    from loopwright.train.attention import TRAINING_ATTENTION

    policy, _ = _policy_and_batch()
    assert policy.model.get_base_model().config._attn_implementation == TRAINING_ATTENTION


@pytest.mark.parametrize("eager_max_scores, eager_calls", [(10**9, True), (0, False)])
def test_each_branch_gives_sdpas_logprobs_and_gradient(monkeypatch, eager_max_scores, eager_calls):
    """Small batches go eager, large ones to SDPA (with eager's additive mask): both exact."""
    import transformers.models.llama.modeling_llama as llama

    from loopwright.train import attention
    from loopwright.train.attention import TRAINING_ATTENTION

    policy, batch = _policy_and_batch()
    model = policy.model.get_base_model()
    model.set_attn_implementation("sdpa")
    expected, expected_grad = logprobs_and_gradient(policy, batch)

    calls = []
    eager = llama.eager_attention_forward
    monkeypatch.setattr(llama, "eager_attention_forward", lambda *a, **k: calls.append(1) or eager(*a, **k))
    monkeypatch.setattr(attention, "EAGER_MAX_SCORES", eager_max_scores)
    model.set_attn_implementation(TRAINING_ATTENTION)
    logprobs, grad = logprobs_and_gradient(policy, batch)

    assert bool(calls) is eager_calls
    assert torch.allclose(logprobs[batch.loss_mask], expected[batch.loss_mask], atol=1e-5)
    assert float((grad - expected_grad).norm() / expected_grad.norm()) < 1e-5
    assert expected_grad.abs().sum() > 0

"""The policy's training attention: eager or SDPA by size, the same logprobs and gradient as SDPA."""

import pytest
import torch

from loopwright.agent.trajectory import TokenSequence
from loopwright.train.batch import collate


def _policy_and_batch():
    """A tiny LoRA policy with non-zero adapters, and right-padded rows sharing a 40-token
    prefix (so the prefix runs once and the rows attend over it through the cache)."""
    from loopwright.train.policy import LoraPolicy
    from tests.train.token_env import tiny_llama

    policy = LoraPolicy.wrap(tiny_llama())
    for module in policy.model.modules():
        if hasattr(module, "lora_B") and "default" in module.lora_B:
            torch.nn.init.normal_(module.lora_B["default"].weight, std=0.5)
    head = [int(t) for t in torch.randint(1, 32, (40,), generator=torch.Generator().manual_seed(1))]
    rows = [TokenSequence(head + tail, [0] * 40 + [1] * len(tail), [0.0] * (40 + len(tail)))
            for tail in ([3, 5, 7], [9, 2], [4, 4, 4, 4, 6])]
    return policy, collate(rows)


def _logprobs_and_gradient(policy, batch) -> tuple[torch.Tensor, torch.Tensor]:
    policy.model.zero_grad()
    logprobs = policy.token_logprobs(batch)
    (logprobs[batch.loss_mask] * torch.arange(1.0, 11.0)).sum().backward()
    return logprobs[batch.loss_mask].detach(), torch.cat([p.grad.flatten() for p in policy.trainable_parameters()])


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
    expected, expected_grad = _logprobs_and_gradient(policy, batch)

    calls = []
    eager = llama.eager_attention_forward
    monkeypatch.setattr(llama, "eager_attention_forward", lambda *a, **k: calls.append(1) or eager(*a, **k))
    monkeypatch.setattr(attention, "EAGER_MAX_SCORES", eager_max_scores)
    model.set_attn_implementation(TRAINING_ATTENTION)
    logprobs, grad = _logprobs_and_gradient(policy, batch)

    assert bool(calls) is eager_calls
    assert torch.allclose(logprobs, expected, atol=1e-5)
    assert float((grad - expected_grad).norm() / expected_grad.norm()) < 1e-5
    assert expected_grad.abs().sum() > 0

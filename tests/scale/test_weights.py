"""What a trainer publishes to its Ray workers: LoRA factors that add up, over the base
weights, to exactly the merged layers; and how many bytes each is."""

import torch

from loopwright.scale.publish_mode import PublishMode
from loopwright.scale.weights import WeightUpdate
from loopwright.train.policy import LoraPolicy, LoraSettings
from tests.train.token_env import tiny_llama


def _trained_policy() -> tuple[LoraPolicy, dict[str, torch.Tensor]]:
    """A policy whose adapters moved (B != 0), and the base weights before wrapping."""
    model = tiny_llama(seed=2)
    base = {k: v.detach().clone() for k, v in model.state_dict().items()}
    policy = LoraPolicy.wrap(model, LoraSettings(r=4, alpha=8))
    torch.manual_seed(0)
    with torch.no_grad():
        for p in policy.trainable_parameters():
            p.add_(0.05 * torch.randn_like(p))
    return policy, base


def test_lora_factors_merge_into_the_engines_layers():
    policy, base = _trained_policy()
    merged = policy.merged_state_dict()
    factors = WeightUpdate.of(policy, PublishMode.lora).factors
    from_factors = {key: base[key] + scaling * (b @ a) for key, (a, b, scaling) in factors.items()}
    assert sorted(from_factors) == sorted(merged) and merged
    for key, layer in merged.items():
        assert not torch.equal(layer, base[key])  # the adapters changed it
        torch.testing.assert_close(from_factors[key], layer, rtol=1e-5, atol=1e-6)


def test_factors_weigh_a_fraction_of_the_merged_layers():
    policy, _ = _trained_policy()
    lora, full = WeightUpdate.of(policy, PublishMode.lora), WeightUpdate.of(policy, PublishMode.full)
    factors = sum(a.numel() + b.numel() for a, b, _ in lora.factors.values()) * 4
    assert lora.nbytes == factors
    assert full.nbytes == sum(t.numel() * 4 for t in policy.merged_state_dict().values())
    assert lora.nbytes < full.nbytes / 2

"""The weights a trainer publishes to its rollout workers after an optimizer step.

Workers hold the base model, so by default only the LoRA factors travel (A and B of each
adapted layer and its scaling: a few MB for the embedded model) and each worker's engine
serves them beside its base weights (`Engine.update_adapter`); `full` sends the merged
layers instead (what a worker without the base weights would need), for comparison in
`bench/scale.py`.
"""

from dataclasses import dataclass

import torch

from loopwright.scale.publish_mode import PublishMode
from loopwright.train.policy import LoraPolicy


@dataclass(slots=True)
class WeightUpdate:
    """One publish: LoRA factors or merged layers, keyed by HF parameter name."""

    factors: dict[str, tuple[torch.Tensor, torch.Tensor, float]] | None = None
    merged: dict[str, torch.Tensor] | None = None

    @classmethod
    def of(cls, policy: LoraPolicy, mode: PublishMode) -> "WeightUpdate":
        if mode == PublishMode.lora:
            return cls(factors=policy.lora_factors())
        return cls(merged=policy.merged_state_dict())

    @property
    def nbytes(self) -> int:
        """Tensor bytes this update carries (what goes through the object store)."""
        if self.merged is not None:
            return sum(t.numel() * t.element_size() for t in self.merged.values())
        return sum(a.numel() * a.element_size() + b.numel() * b.element_size() for a, b, _ in self.factors.values())

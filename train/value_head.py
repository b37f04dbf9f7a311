"""PPO's critic: a scalar head on the policy's last hidden state, and its clipped loss.

The head shares the LoRA model's trunk (as TRL's value-head models do), so the value
loss also shapes the adapters; only this Linear is new. It starts at zero, so the first
step's advantages are the plain discounted returns and no seed decides the critic's start.
"""

import torch
from torch import nn


class ValueHead(nn.Module):
    def __init__(self, hidden_size: int) -> None:
        super().__init__()
        self.linear = nn.Linear(hidden_size, 1)
        nn.init.zeros_(self.linear.weight)
        nn.init.zeros_(self.linear.bias)

    def forward(self, hidden: torch.Tensor) -> torch.Tensor:
        """hidden: [B, T, H] (any float dtype) -> values [B, T] in float32."""
        return self.linear(hidden.float()).squeeze(-1)


def clipped_value_loss(
    values: torch.Tensor, old_values: torch.Tensor, returns: torch.Tensor, clip: float
) -> torch.Tensor:
    """Per-token 0.5 * max((V - R)^2, (V_clipped - R)^2), V_clipped = old + clip(V - old, +-clip).

    The max makes the clipping pessimistic, as PPO's policy term is: a value that moved
    more than `clip` from its rollout-time estimate gets no gradient pulling it further.
    `clip` 0 turns the clipping off. values, old_values, returns: [B, T] -> [B, T].
    """
    unclipped = (values - returns) ** 2
    if not clip:
        return 0.5 * unclipped
    clipped_values = old_values + torch.clamp(values - old_values, -clip, clip)
    return 0.5 * torch.maximum(unclipped, (clipped_values - returns) ** 2)

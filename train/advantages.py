"""Per-token advantages for PPO: GAE over a run's completion tokens, returns, whitening.

The time axis of a run is its loss (completion) tokens in order; prompt and tool-output
tokens between them are not actions, so they are skipped rather than treated as steps:
the value of the next completion token is the bootstrap across the gap. The run ends
after its last loss token (terminal value 0).
All tensors are [B, T] and aligned on target positions like `losses.py`.
"""

import torch


def gae(
    rewards: torch.Tensor, values: torch.Tensor, mask: torch.Tensor, gamma: float, lam: float
) -> torch.Tensor:
    """Generalised advantage estimation (Schulman et al. 2016) along the masked tokens.

    delta_t = r_t + gamma * V_next - V_t and A_t = delta_t + gamma * lam * A_next, where
    "next" is the next masked-in token of the row (V_next = A_next = 0 after the last).
    rewards, values, mask: [B, T] -> advantages [B, T], 0 where masked out.
    """
    advantages = torch.zeros_like(values)
    next_value = torch.zeros_like(values[:, 0])  # [B]
    next_advantage = torch.zeros_like(values[:, 0])  # [B]
    for t in reversed(range(values.shape[1])):
        here = mask[:, t]  # [B]
        delta = rewards[:, t] + gamma * next_value - values[:, t]
        advantage = delta + gamma * lam * next_advantage
        advantages[:, t] = torch.where(here, advantage, 0.0)
        next_value = torch.where(here, values[:, t], next_value)
        next_advantage = torch.where(here, advantage, next_advantage)
    return advantages


def returns(advantages: torch.Tensor, values: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """The value targets: advantages + values (the lambda-return), 0 where masked out."""
    return torch.where(mask, advantages + values, 0.0)


def whiten(values: torch.Tensor, mask: torch.Tensor, eps: float = 1e-8) -> torch.Tensor:
    """Zero mean, unit (population) std over the masked tokens of the whole batch, so the
    policy step's size does not depend on the reward scale; 0 where masked out."""
    picked = values[mask]
    centred = values - picked.mean()
    return torch.where(mask, centred / (picked.std(unbiased=False) + eps), 0.0)


def explained_variance(predicted: torch.Tensor, target: torch.Tensor, mask: torch.Tensor) -> float:
    """1 - Var(target - predicted) / Var(target) over the masked tokens: 1 is a perfect value
    function, 0 no better than a constant, negative worse; 0 when the targets are constant
    (nothing to explain; a number, not nan, keeps the JSONL log comparable)."""
    target, predicted = target[mask], predicted[mask]
    spread = target.var(unbiased=False)
    if not spread > 0:
        return 0.0
    return float(1.0 - (target - predicted).var(unbiased=False) / spread)

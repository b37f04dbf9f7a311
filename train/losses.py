"""The three training objectives, on per-token log-probabilities.

All tensors are aligned on *target* positions: `logp[b, t]` is the log-probability of
token t+1 of row b given tokens 0..t, and `mask[b, t]` is True where that token is an
assistant (completion) token. Prompts and tool output are masked out everywhere.
"""

from dataclasses import dataclass
from typing import Literal

import torch
import torch.nn.functional as F

from loopwright.train.kl import k3_kl

Normalisation = Literal["token", "sequence"]


def group_advantages(
    rewards: torch.Tensor, scale_by_std: bool = True, eps: float = 1e-6
) -> torch.Tensor:
    """GRPO advantage of each run of one group: reward minus the group mean.

    Dividing by the group's std (GRPO) weights easy and hard prompts alike; Dr. GRPO argues
    the division biases the update towards groups with low variance, so it is optional.
    rewards: [G] -> [G]
    """
    centred = rewards - rewards.mean()
    if not scale_by_std:
        return centred
    return centred / (rewards.std(unbiased=True) + eps)


def masked_mean(values: torch.Tensor, mask: torch.Tensor, norm: Normalisation) -> torch.Tensor:
    """Token-level: mean over all masked tokens of the batch (long rows weigh more).
    Sequence-level: mean over rows of each row's mean (every row weighs the same).
    values, mask: [B, T] -> scalar
    """
    mask = mask.to(values.dtype)
    if norm == "token":
        return (values * mask).sum() / mask.sum().clamp(min=1.0)
    per_row = (values * mask).sum(-1) / mask.sum(-1).clamp(min=1.0)  # [B]
    return per_row[mask.sum(-1) > 0].mean()


@dataclass(slots=True)
class LossOutput:
    loss: torch.Tensor
    kl: float
    """Mean k3 KL to the reference over loss tokens (0 when no reference is given)."""
    clip_fraction: float
    """Share of loss tokens whose clipped term was the one used (gradient cut)."""


def grpo_loss(
    logp: torch.Tensor,
    old_logp: torch.Tensor,
    advantages: torch.Tensor,
    mask: torch.Tensor,
    ref_logp: torch.Tensor | None = None,
    clip_eps: float = 0.2,
    kl_beta: float = 0.0,
    norm: Normalisation = "token",
    behaviour_weight: torch.Tensor | None = None,
) -> LossOutput:
    """Clipped-ratio policy gradient against the rollout logprobs, plus beta * k3 KL.

    Decoupled (asynchronous RL, AReaL): `old_logp` is the proximal policy (the trainer's
    weights at the step's start) and `behaviour_weight` the capped pi_prox / pi_behaviour of
    each token, a constant factor on its policy term.

    logp, old_logp, ref_logp, mask, behaviour_weight: [B, T]; advantages: [B] (one per row).
    """
    per_token, was_clipped = clipped_policy_loss(logp, old_logp, advantages[:, None], clip_eps)
    if behaviour_weight is not None:
        per_token = per_token * behaviour_weight.detach()
    kl = torch.zeros_like(logp) if ref_logp is None else k3_kl(logp, ref_logp)
    if kl_beta:
        per_token = per_token + kl_beta * kl
    loss = masked_mean(per_token, mask, norm)
    with torch.no_grad():
        n_tokens = mask.sum().clamp(min=1)
        return LossOutput(
            loss=loss,
            kl=float((kl * mask).sum() / n_tokens),
            clip_fraction=float((was_clipped & mask).sum() / n_tokens),
        )


def clipped_policy_loss(
    logp: torch.Tensor, old_logp: torch.Tensor, advantages: torch.Tensor, clip_eps: float
) -> tuple[torch.Tensor, torch.Tensor]:
    """PPO's per-token -min(ratio * A, clip(ratio, 1 +- eps) * A), ratio against the rollout
    logprobs; also where the clipped term was the one used (its gradient is cut there).

    logp, old_logp: [B, T]; advantages: [B, T] or [B, 1] (one per row) -> ([B, T], [B, T] bool)
    """
    ratio = torch.exp(logp - old_logp)  # [B, T]
    unclipped = ratio * advantages
    clipped = torch.clamp(ratio, 1.0 - clip_eps, 1.0 + clip_eps) * advantages
    return -torch.minimum(unclipped, clipped), (clipped < unclipped).detach()


def next_token_entropy(logits: torch.Tensor) -> torch.Tensor:
    """Entropy of each next-token distribution, in nats. logits: [..., V] -> [...]."""
    logp = torch.log_softmax(logits.float(), dim=-1)
    return -(logp.exp() * logp).sum(-1)


def sft_loss(logp: torch.Tensor, mask: torch.Tensor, norm: Normalisation = "token") -> torch.Tensor:
    """Negative log-likelihood of the assistant tokens. logp, mask: [B, T] -> scalar."""
    return masked_mean(-logp, mask, norm)


def dpo_loss(
    chosen_logp: torch.Tensor,
    rejected_logp: torch.Tensor,
    ref_chosen_logp: torch.Tensor,
    ref_rejected_logp: torch.Tensor,
    beta: float = 0.1,
) -> torch.Tensor:
    """DPO on summed sequence log-probabilities of (best, worst) pairs. Each input: [P]."""
    margin = (chosen_logp - ref_chosen_logp) - (rejected_logp - ref_rejected_logp)
    return -F.logsigmoid(beta * margin).mean()

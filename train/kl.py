"""KL to the frozen reference: the per-token estimators and the controller of its weight.

The estimators are Schulman's ("Approximating KL divergence", 2020) for samples drawn from
the policy: k1 = logp - ref is unbiased but noisy and negative on some tokens; k3 =
exp(ref - logp) - (ref - logp) - 1 is unbiased too, never negative, and lower in variance.
All tensors are aligned on target positions like `losses.py`; shapes are kept.
"""

from typing import Literal

import torch

KLEstimator = Literal["k1", "k3"]


def k1_kl(logp: torch.Tensor, ref_logp: torch.Tensor) -> torch.Tensor:
    """Per-token k1 estimator of KL(policy || reference): logp - ref."""
    return logp - ref_logp


def k3_kl(logp: torch.Tensor, ref_logp: torch.Tensor) -> torch.Tensor:
    """Per-token k3 estimator of KL(policy || reference): exp(d) - d - 1 with d = ref - logp."""
    delta = ref_logp - logp
    return torch.exp(delta) - delta - 1.0


def full_kl(reference_logits: torch.Tensor, logits: torch.Tensor) -> torch.Tensor:
    """Exact KL(reference || policy) per position from both whole next-token distributions:
    sum_v p_ref(v) (log p_ref(v) - log p(v)). [..., V] -> [...]. Unlike k1 and k3 it needs no
    sample of the policy's: it holds the policy to the reference on any text (the general
    replay's base-model replies, `train.general_replay`)."""
    ref = torch.log_softmax(reference_logits.float(), dim=-1)
    return (ref.exp() * (ref - torch.log_softmax(logits.float(), dim=-1))).sum(-1)


_ESTIMATORS = {"k1": k1_kl, "k3": k3_kl}


def token_kl(estimator: KLEstimator, logp: torch.Tensor, ref_logp: torch.Tensor) -> torch.Tensor:
    """The per-token KL by the named estimator."""
    return _ESTIMATORS[estimator](logp, ref_logp)


class KLController:
    """The weight beta of the KL term: fixed, or steered towards a target KL.

    The adaptive rule is Ziegler et al. 2019 (TRL's AdaptiveKLController): after a step
    that measured `kl`, beta *= 1 + clip(kl / target - 1, -0.2, 0.2) * runs / horizon. A KL
    above target raises beta (pulls the policy back), below lowers it; the clip bounds the
    change per step, and the horizon (in runs) sets how fast beta moves.
    """

    def __init__(self, beta: float, target: float = 0.0, horizon: int = 10_000) -> None:
        self.beta = beta
        self.target = target
        """0 keeps beta fixed."""
        self.horizon = horizon

    def update(self, kl: float, runs: int) -> None:
        """Moves beta after a step of `runs` runs whose mean KL per loss token was `kl`."""
        if not self.target:
            return
        error = min(max(kl / self.target - 1.0, -0.2), 0.2)
        self.beta *= 1.0 + error * runs / self.horizon

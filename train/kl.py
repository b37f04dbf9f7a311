"""KL to the frozen reference: the per-token estimators, the KL over a reference kept as its
top-k tokens (`TopK`, the general replay's), and the controller of its weight.

The estimators are Schulman's ("Approximating KL divergence", 2020) for samples drawn from
the policy: k1 = logp - ref is unbiased but noisy and negative on some tokens; k3 =
exp(ref - logp) - (ref - logp) - 1 is unbiased too, never negative, and lower in variance.
All tensors are aligned on target positions like `losses.py`; shapes are kept.
"""

from dataclasses import dataclass
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


@dataclass(frozen=True)
class TopK:
    """Next-token distributions kept as their K most likely tokens and the rest of the mass as
    one more outcome: a few hundred bytes a position instead of the vocabulary's 49k floats."""

    ids: torch.Tensor
    """[N, K] the K most likely tokens at each of N positions."""
    logprobs: torch.Tensor
    """[N, K] their log-probabilities."""
    rest: torch.Tensor
    """[N] log of the probability of every other token together."""

    @classmethod
    def of(cls, logits: torch.Tensor, k: int) -> "TopK":
        """The top `k` (at most the vocabulary) of each row of `logits` [N, V]."""
        logprobs = torch.log_softmax(logits.float(), dim=-1)
        top, ids = logprobs.topk(min(k, logprobs.shape[-1]), dim=-1)
        return cls(ids, top, _rest(logprobs, ids))

    @classmethod
    def cat(cls, parts: list["TopK"]) -> "TopK":
        """The positions of `parts` one after another."""
        return cls(*(torch.cat([getattr(p, name) for p in parts]) for name in ("ids", "logprobs", "rest")))


_OUTSIDE = -1e4
"""Stands for log 0 among the outcomes summed into `rest`: finite, so a distribution with no
rest (K = vocabulary) has a zero term and a zero gradient instead of NaN from -inf - -inf."""


def _rest(logprobs: torch.Tensor, ids: torch.Tensor) -> torch.Tensor:
    """log sum of the probabilities of the tokens not in `ids`. [N, V], [N, K] -> [N]"""
    return logprobs.scatter(-1, ids, _OUTSIDE).logsumexp(-1)


def top_k_kl(reference: TopK, logits: torch.Tensor) -> torch.Tensor:
    """KL(reference || policy) per position over the reference's K tokens and its rest as one
    outcome: sum_k p_ref(k) (log p_ref(k) - log p(k)) + p_ref(rest) (log p_ref(rest) - log p(rest)),
    with `logits` [N, V] the policy's. -> [N]. Merging outcomes can only lower a KL, so this is a
    lower bound of the whole vocabulary's, equal to it when K is the vocabulary. Unlike k1 and k3
    it needs no sample of the policy's: it holds the policy to the reference on any text (the
    general replay's base-model replies, `train.general_replay`)."""
    logprobs = torch.log_softmax(logits.float(), dim=-1)
    top = reference.logprobs.exp() * (reference.logprobs - logprobs.gather(-1, reference.ids))
    rest = reference.rest.exp() * (reference.rest - _rest(logprobs, reference.ids))
    return top.sum(-1) + rest


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

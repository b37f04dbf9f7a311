"""The k1/k3 KL estimators and the adaptive KL controller against values worked out by hand."""

import math

import pytest
import torch

from loopwright.train.kl import KLController, k1_kl, k3_kl, token_kl
from loopwright.train.losses import k3_kl as k3_from_losses

LOGP = torch.tensor([math.log(0.5), math.log(0.2)])
REF = torch.tensor([math.log(0.25), math.log(0.4)])


def test_k1_is_the_log_ratio():
    # ln(0.5 / 0.25) = ln 2 = 0.693147; ln(0.2 / 0.4) = -ln 2
    assert torch.allclose(k1_kl(LOGP, REF), torch.tensor([0.693147, -0.693147]), atol=1e-6)
    assert torch.equal(token_kl("k1", LOGP, REF), k1_kl(LOGP, REF))


def test_k3_is_never_negative():
    # d = ref - logp: -ln 2 -> e^d - d - 1 = 0.5 + 0.693147 - 1 = 0.193147
    #                 +ln 2 ->             = 2 - 0.693147 - 1 = 0.306853
    assert torch.allclose(k3_kl(LOGP, REF), torch.tensor([0.193147, 0.306853]), atol=1e-6)
    assert torch.equal(token_kl("k3", LOGP, REF), k3_kl(LOGP, REF))
    assert k3_from_losses is k3_kl  # grpo's loss uses the same estimator


@pytest.mark.parametrize("estimator", ["k1", "k3"])
def test_both_estimators_average_to_the_exact_kl_under_the_policy(estimator):
    # policy p = [0.5, 0.5], reference q = [0.25, 0.75]:
    # KL(p || q) = 0.5 ln(0.5/0.25) + 0.5 ln(0.5/0.75) = 0.5 * 0.693147 - 0.5 * 0.405465 = 0.143841
    p, q = torch.tensor([0.5, 0.5]), torch.tensor([0.25, 0.75])
    per_token = token_kl(estimator, p.log(), q.log())
    assert float((p * per_token).sum()) == pytest.approx(0.143841, abs=1e-6)


def test_adaptive_controller_after_one_update():
    # beta 0.1, target 0.1, horizon 1000, 16 runs:
    # kl 0.3:  error = clip(0.3/0.1 - 1 = 2, +-0.2) = 0.2   -> beta = 0.1 * (1 + 0.2 * 16/1000) = 0.10032
    # kl 0.09: error = 0.09/0.1 - 1 = -0.1                  -> beta = 0.1 * (1 - 0.1 * 16/1000) = 0.09984
    up = KLController(beta=0.1, target=0.1, horizon=1000)
    up.update(0.3, runs=16)
    assert up.beta == pytest.approx(0.10032, abs=1e-12)
    down = KLController(beta=0.1, target=0.1, horizon=1000)
    down.update(0.09, runs=16)
    assert down.beta == pytest.approx(0.09984, abs=1e-12)


def test_controller_without_target_keeps_beta_fixed():
    fixed = KLController(beta=0.1, target=0.0, horizon=1000)
    fixed.update(5.0, runs=16)
    assert fixed.beta == 0.1

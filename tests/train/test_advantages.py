"""GAE, returns, whitening and explained variance against values worked out by hand."""

import math

import pytest
import torch

from loopwright.train.advantages import explained_variance, gae, returns, whiten


def test_gae_skips_a_masked_gap_and_bootstraps_across_it():
    # Row 0: loss tokens at 0, 1, 3; position 2 is tool output (masked: its 9.0 reward and
    # 7.0 value must be ignored). gamma 0.9, lambda 0.8, so gamma * lambda = 0.72.
    #   t=3 (last): delta = 1.0 + 0.9 * 0 - 0.4 = 0.6                  A3 = 0.6
    #   t=1: next value is V3 = 0.4 (across the gap)
    #        delta = 0 + 0.9 * 0.4 - 0.2 = 0.16                        A1 = 0.16 + 0.72 * 0.6 = 0.592
    #   t=0: delta = 0 + 0.9 * 0.2 - 0.5 = -0.32                       A0 = -0.32 + 0.72 * 0.592 = 0.10624
    # Row 1: a masked prompt token first, padding last; loss tokens at 1, 2.
    #   t=2: delta = 1.0 - 0.5 = 0.5                                   A2 = 0.5
    #   t=1: delta = 0 + 0.9 * 0.5 - 0.5 = -0.05                       A1 = -0.05 + 0.72 * 0.5 = 0.31
    rewards = torch.tensor([[0.0, 0.0, 9.0, 1.0], [5.0, 0.0, 1.0, 0.0]])
    values = torch.tensor([[0.5, 0.2, 7.0, 0.4], [3.0, 0.5, 0.5, 2.0]])
    mask = torch.tensor([[True, True, False, True], [False, True, True, False]])
    advantages = gae(rewards, values, mask, gamma=0.9, lam=0.8)
    assert torch.allclose(advantages, torch.tensor([[0.10624, 0.592, 0.0, 0.6], [0.0, 0.31, 0.5, 0.0]]), atol=1e-6)
    # returns = A + V on loss tokens: 0.10624 + 0.5, 0.592 + 0.2, 0.6 + 0.4; 0.31 + 0.5, 0.5 + 0.5
    assert torch.allclose(returns(advantages, values, mask),
                          torch.tensor([[0.60624, 0.792, 0.0, 1.0], [0.0, 0.81, 1.0, 0.0]]), atol=1e-6)


def test_gae_with_gamma_and_lambda_one_is_the_reward_to_go_minus_the_value():
    # Monte-Carlo: A_t = (sum of rewards from t on) - V_t = 1 - V_t here.
    advantages = gae(torch.tensor([[0.0, 0.0, 1.0]]), torch.tensor([[0.2, 0.3, 0.4]]),
                     torch.ones(1, 3, dtype=torch.bool), gamma=1.0, lam=1.0)
    assert torch.allclose(advantages, torch.tensor([[0.8, 0.7, 0.6]]))


def test_gae_with_lambda_zero_is_the_one_step_td_error():
    # delta_t = r_t + gamma * V_{t+1} - V_t: 0 + 0.5 * 0.3 - 0.2 = -0.05, 1 + 0 - 0.3 = 0.7
    advantages = gae(torch.tensor([[0.0, 1.0]]), torch.tensor([[0.2, 0.3]]),
                     torch.ones(1, 2, dtype=torch.bool), gamma=0.5, lam=0.0)
    assert torch.allclose(advantages, torch.tensor([[-0.05, 0.7]]))


def test_whiten_uses_only_masked_tokens():
    # loss tokens 1, 2, 3: mean 2, population std sqrt(2/3) = 0.816497 -> -1/0.816497 = -1.224745
    out = whiten(torch.tensor([[1.0, 2.0, 100.0, 3.0]]), torch.tensor([[True, True, False, True]]))
    assert torch.allclose(out, torch.tensor([[-1.224745, 0.0, 0.0, 1.224745]]), atol=1e-5)


def test_explained_variance_hand_values():
    mask = torch.tensor([[True, True, True, False]])
    target = torch.tensor([[1.0, 2.0, 3.0, 50.0]])
    # residual [0, 0, 1]: var = 1/3 - 1/9 = 2/9; var(target) = 2/3 -> 1 - (2/9) / (2/3) = 2/3
    assert explained_variance(torch.tensor([[1.0, 2.0, 2.0, 0.0]]), target, mask) == pytest.approx(2 / 3)
    assert explained_variance(target, target, mask) == pytest.approx(1.0)
    assert explained_variance(torch.zeros(1, 4), torch.ones(1, 4), mask) == 0.0  # constant targets
    assert not math.isnan(explained_variance(torch.zeros(1, 4), torch.ones(1, 4), mask))

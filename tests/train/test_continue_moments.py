"""RL after SFT continues SFT's AdamW moments (`Trainer.continue_moments`): a copy of them, at
the new training's learning rate, so a step on gradients far smaller than SFT's is small too
(a fresh AdamW steps about `lr` per weight whatever the gradient)."""

import pytest
import torch

from loopwright.agent.trajectory import Trajectory, Turn
from loopwright.train.config import TrainConfig
from loopwright.train.policy import LoraPolicy, LoraSettings
from loopwright.train.trainer import Trainer
from tests.train.token_env import tiny_llama

LORA = LoraSettings(r=4, alpha=8)
RUNS = [Trajectory(f"r{i}", [Turn([1, 2, 3], [5 + i, 9, 11 - i], [-1.0] * 3)], "task", "g", 1.0) for i in range(3)]


def _sft(steps: int) -> Trainer:
    """SFT on RUNS until they are likely: the last gradients are far smaller than the first."""
    torch.manual_seed(0)
    trainer = Trainer(LoraPolicy.wrap(tiny_llama(), LORA), TrainConfig(algo="sft", lr=1e-2, lora=LORA))
    for step in range(steps):
        trainer.step(step, RUNS)
    return trainer


def _next(sft: Trainer, algo: str = "sft") -> Trainer:
    """A new training of a copy of `sft`'s adapters at a tenth of its rate."""
    torch.manual_seed(1)
    policy = LoraPolicy.wrap(tiny_llama(), LORA)
    policy.load_adapter_state(sft.policy.adapter_state())
    return Trainer(policy, TrainConfig(algo=algo, lr=1e-3, lora=LORA))


def _adapters(trainer: Trainer) -> torch.Tensor:
    return torch.cat([p.detach().flatten().clone() for p in trainer.policy.trainable_parameters()])


def test_the_moments_are_copied_and_the_new_rate_kept():
    sft = _sft(3)
    saved = sft.optimizer.state_dict()
    before = {i: s["exp_avg_sq"].clone() for i, s in saved["state"].items()}
    rl = _next(sft)
    rl.continue_moments(saved)
    assert all(g["lr"] == 1e-3 for g in rl.optimizer.param_groups)
    state = rl.optimizer.state_dict()["state"]
    assert all(torch.equal(state[i]["exp_avg_sq"], before[i]) for i in before)
    rl.step(0, RUNS)
    assert all(torch.equal(saved["state"][i]["exp_avg_sq"], before[i]) for i in before)  # the caller's untouched
    assert not all(torch.equal(rl.optimizer.state_dict()["state"][i]["exp_avg_sq"], before[i]) for i in before)


def test_a_step_on_small_gradients_is_small_with_the_moments_and_lr_sized_without():
    sft = _sft(40)
    fresh, continued = _next(sft), _next(sft)
    continued.continue_moments(sft.optimizer.state_dict())
    start = _adapters(fresh)
    assert torch.equal(start, _adapters(continued))
    loss = fresh.step(0, RUNS).loss
    assert continued.step(0, RUNS).loss == pytest.approx(loss)  # the same gradient
    moved_fresh = (_adapters(fresh) - start).abs()
    moved_continued = (_adapters(continued) - start).abs()
    assert moved_fresh.max() == pytest.approx(1e-3, rel=0.05)  # a fresh AdamW's first step: lr per weight
    assert moved_continued.norm() < 0.2 * moved_fresh.norm()


def test_moments_of_another_adapter_shape_are_refused_and_a_value_head_starts_fresh():
    sft = _sft(2)
    other = Trainer(LoraPolicy.wrap(tiny_llama(), LoraSettings(r=2, alpha=4)), TrainConfig(algo="sft", lr=1e-3))
    with pytest.raises(ValueError, match="another adapter shape"):
        other.continue_moments(sft.optimizer.state_dict())
    ppo = _next(sft, "ppo")
    ppo.continue_moments(sft.optimizer.state_dict())
    state = ppo.optimizer.state_dict()["state"]
    adapters = len(sft.policy.trainable_parameters())
    assert set(state) == set(range(adapters)) and len(ppo.policy.trainable_parameters()) > adapters

"""The real GRPO/SFT/DPO trainer on a tiny random Llama: reward rises, resume is exact,
a NaN loss stops with the last checkpoint intact."""

import json

import pytest
import torch

from loopwright.agent.trajectory import Trajectory, Turn
from loopwright.train.checkpoint import latest_checkpoint
from loopwright.train.config import TrainConfig
from loopwright.train.log import read_log
from loopwright.train.loop import TrainingStopped, run_training
from loopwright.train.policy import LoraPolicy, LoraSettings
from loopwright.train.trainer import TIMING_FIELDS, Trainer
from tests.train.token_env import TokenTaskEnv, tiny_llama


def _setup(**overrides) -> tuple[Trainer, TokenTaskEnv]:
    config = TrainConfig(**{"steps": 12, "group_size": 8, "lr": 1e-2, "lora": LoraSettings(r=8, alpha=16), **overrides})
    torch.manual_seed(1)
    policy = LoraPolicy.wrap(tiny_llama(), config.lora)
    return Trainer(policy, config), TokenTaskEnv(policy, group_size=config.group_size)


@pytest.mark.parametrize("algo", ["grpo", "dpo"])
def test_tiny_model_learns_two_task_suite(tmp_path, algo):
    trainer, env = _setup(algo=algo, kl_beta=0.01 if algo == "grpo" else 0.0, dpo_beta=0.5)
    synced: list[int] = []
    history = run_training(trainer, env, tmp_path, on_weights=lambda policy: synced.append(len(policy.merged_state_dict())), progress=False)
    rewards = [s.reward_mean for s in history]
    assert sum(rewards[-3:]) / 3 > sum(rewards[:3]) / 3 + 0.15, rewards
    assert synced and synced[0] == 2 * 7  # 2 layers x 7 adapted projections, HF names
    assert (tmp_path / "reward.png").stat().st_size > 0
    assert (tmp_path / "adapter" / "adapter_config.json").is_file()
    assert [r["step"] for r in read_log(tmp_path / "train_log.jsonl")] == list(range(12))


def test_sft_trains_only_on_runs_above_threshold(tmp_path):
    trainer, env = _setup(algo="sft", sft_threshold=0.75, steps=1)
    runs = env.collect(0)
    stats = trainer.step(0, runs)
    kept = [r for r in runs if r.reward >= 0.75]
    assert stats.rows == len(kept) and stats.tokens == 4 * len(kept)
    assert stats.loss is not None and stats.loss > 0


def test_equal_reward_groups_are_skipped_and_counted():
    trainer, _ = _setup(steps=1)
    same = [Trajectory(f"t{i}", [Turn([1, 2], [5], [-1.0])], "a", "g", 1.0) for i in range(3)]
    stats = trainer.step(0, same)
    assert stats.skipped_groups == 1 and stats.loss is None and stats.rows == 0


def test_resume_continues_exactly(tmp_path):
    trainer, env = _setup(steps=4, checkpoint_every=2)
    run_training(trainer, env, tmp_path / "full", progress=False)
    trainer, env = _setup(steps=2, checkpoint_every=2)
    run_training(trainer, env, tmp_path / "cut", progress=False)
    trainer, env = _setup(steps=4, checkpoint_every=2)
    resumed = run_training(trainer, env, tmp_path / "cut", resume=True, progress=False)
    assert [s.step for s in resumed] == [2, 3]
    full, cut = read_log(tmp_path / "full" / "train_log.jsonl"), read_log(tmp_path / "cut" / "train_log.jsonl")
    drop = TIMING_FIELDS
    assert [{k: v for k, v in r.items() if k not in drop} for r in full] == [
        {k: v for k, v in r.items() if k not in drop} for r in cut
    ]
    a = torch.load(tmp_path / "full" / "checkpoints" / "step-000004" / "adapter.pt")
    b = torch.load(tmp_path / "cut" / "checkpoints" / "step-000004" / "adapter.pt")
    assert all(torch.equal(a[k], b[k]) for k in a)


def test_resume_with_a_config_that_changes_the_run_is_refused_before_restoring(tmp_path):
    trainer, env = _setup(steps=2, checkpoint_every=2)
    run_training(trainer, env, tmp_path, progress=False)
    trainer, env = _setup(steps=4, checkpoint_every=2, seed=5, kl_beta=0.1)
    fresh = trainer.policy.adapter_state()
    with pytest.raises(ValueError, match=r"kl_beta \(checkpoint 0.0, requested 0.1\), seed \(checkpoint 0, requested 5\)"):
        run_training(trainer, env, tmp_path, resume=True, progress=False)
    assert all(torch.equal(fresh[k], v) for k, v in trainer.policy.adapter_state().items())  # nothing restored
    assert latest_checkpoint(tmp_path).step == 2


def test_resume_with_the_saved_config_restores_its_adapters(tmp_path):
    trainer, env = _setup(steps=2, checkpoint_every=2)
    run_training(trainer, env, tmp_path, progress=False)
    saved = torch.load(latest_checkpoint(tmp_path).path / "adapter.pt")
    trainer, env = _setup(steps=2, checkpoint_every=2)
    assert run_training(trainer, env, tmp_path, resume=True, progress=False) == []  # already at steps
    live = trainer.policy.adapter_state()
    assert all(torch.equal(saved[k], live[k]) for k in saved)


class _PoisonedAt:
    def __init__(self, env: TokenTaskEnv, bad_step: int) -> None:
        self.env, self.bad_step = env, bad_step

    def collect(self, step: int) -> list[Trajectory]:
        runs = self.env.collect(step)
        if step == self.bad_step:
            for run in runs:
                run.turns[0].logprobs = [float("nan")] * len(run.turns[0].logprobs)
        return runs


def test_nan_loss_stops_with_last_good_checkpoint_intact(tmp_path):
    trainer, env = _setup(steps=4, checkpoint_every=2)
    with pytest.raises(TrainingStopped, match="non-finite loss.*step-000002"):
        run_training(trainer, _PoisonedAt(env, 2), tmp_path, progress=False)
    ckpt = latest_checkpoint(tmp_path)
    assert ckpt.step == 2
    saved = torch.load(ckpt.path / "adapter.pt")
    live = trainer.policy.adapter_state()
    assert all(torch.equal(saved[k], live[k]) for k in saved)  # the bad step changed nothing
    assert json.loads((ckpt.path / "state.json").read_text())["step"] == 2

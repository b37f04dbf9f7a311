"""PPO: its losses against hand-worked values, the per-step targets (the run's reward on
its last completion token, GAE across its rows, KL in the reward, the adaptive beta) on a
tiny random Llama, and the trainer's guarantees: exact resume, NaN stops, reward rises."""

import json
import math

import pytest
import torch

from loopwright.agent.trajectory import Trajectory, Turn
from loopwright.train.algorithms.ppo import ppo_loss
from loopwright.train.batch import collate
from loopwright.train.checkpoint import latest_checkpoint
from loopwright.train.config import TrainConfig
from loopwright.train.log import read_log
from loopwright.train.loop import TrainingStopped, run_training
from loopwright.train.losses import next_token_entropy
from loopwright.train.policy import LoraPolicy, LoraSettings
from loopwright.train.trainer import TIMING_FIELDS, Trainer
from loopwright.train.value_head import clipped_value_loss
from tests.train.token_env import TokenTaskEnv, tiny_llama


def _trainer(**overrides) -> Trainer:
    settings = {"algo": "ppo", "steps": 4, "group_size": 8, "lr": 2e-2, "lora": LoraSettings(r=8, alpha=16),
                **overrides}
    config = TrainConfig(**settings)
    torch.manual_seed(1)
    return Trainer(LoraPolicy.wrap(tiny_llama(), config.lora), config)


# ---- losses by hand ---------------------------------------------------------------------------


def test_clipped_value_loss_hand_values_and_cut_gradient():
    values = torch.tensor([1.0, 0.0, 0.5], requires_grad=True)
    old = torch.tensor([0.5, 0.5, 0.5])
    targets = torch.tensor([2.0, 0.0, 0.0])
    # token 0: (1 - 2)^2 = 1; clipped V = 0.5 + clip(0.5, +-0.2) = 0.7 -> (0.7 - 2)^2 = 1.69; max 1.69 -> 0.845
    # token 1: (0 - 0)^2 = 0; clipped V = 0.5 - 0.2 = 0.3 -> 0.09; max 0.09 -> 0.045
    # token 2: V = old: 0.25 either way -> 0.125
    loss = clipped_value_loss(values, old, targets, clip=0.2)
    assert torch.allclose(loss, torch.tensor([0.845, 0.045, 0.125]), atol=1e-6)
    loss.sum().backward()
    # tokens 0, 1 use the clipped term (constant in V): no gradient; token 2: d/dV 0.5 (V - 0)^2 = 0.5
    assert values.grad.tolist() == pytest.approx([0.0, 0.0, 0.5])
    # clip 0 turns clipping off: 0.5 * [1, 0, 0.25]
    unclipped = clipped_value_loss(values.detach(), old, targets, clip=0.0)
    assert torch.allclose(unclipped, torch.tensor([0.5, 0.0, 0.125]))


def test_entropy_of_known_distributions():
    uniform = torch.zeros(4)  # ln 4 = 1.386294
    halves = torch.tensor([math.log(0.5), math.log(0.25), math.log(0.25)])
    # -(0.5 ln 0.5 + 2 * 0.25 ln 0.25) = 0.346574 + 0.693147 = 1.039721
    certain = torch.tensor([0.0, -1e4])
    entropy = next_token_entropy(torch.stack([uniform, torch.cat([halves, torch.tensor([-1e4])]),
                                              torch.cat([certain, torch.tensor([-1e4, -1e4])])]))
    assert torch.allclose(entropy, torch.tensor([1.386294, 1.039721, 0.0]), atol=1e-6)


def _tiny_ppo_inputs() -> dict:
    """One row of 3 target positions; the third is masked and full of nonsense."""
    return {
        "logp": torch.tensor([[0.1, -0.3, 5.0]]),
        "old_logp": torch.zeros(1, 3),
        "advantages": torch.tensor([[2.0, -1.0, 7.0]]),
        "values": torch.tensor([[0.5, 0.0, 9.0]]),
        "old_values": torch.tensor([[0.5, 0.5, -9.0]]),
        "value_targets": torch.tensor([[1.5, 0.0, 3.0]]),
        "entropy": torch.tensor([[1.0, 2.0, 50.0]]),
        "mask": torch.tensor([[True, True, False]]),
        "kl": torch.tensor([[0.2, 0.1, 40.0]]),
    }


def test_ppo_loss_on_a_tiny_tensor():
    # policy: ratios e^0.1 = 1.105171 (A = 2, inside 1 +- 0.2) -> -2.210342
    #         e^-0.3 = 0.740818 (A = -1, below 0.8): min(-0.740818, -0.8) = -0.8 -> +0.8, clipped
    # value (clip 0.2): token 0 0.5 * (0.5 - 1.5)^2 = 0.5; token 1 max(0, (0.3 - 0)^2) / 2 = 0.045
    # per token = policy + 0.1 * value - 0.01 * entropy + 0.5 * kl:
    #   token 0: -2.210342 + 0.05 - 0.01 + 0.1 = -2.070342
    #   token 1:  0.8 + 0.0045 - 0.02 + 0.05  =  0.8345      mean: -0.617921
    out = ppo_loss(**_tiny_ppo_inputs(), clip_eps=0.2, vf_coef=0.1, vf_clip=0.2, ent_coef=0.01, kl_beta=0.5)
    assert out.loss.item() == pytest.approx(-0.617921, abs=1e-6)
    assert out.clip_fraction == pytest.approx(0.5)
    assert out.value_loss == pytest.approx((0.5 + 0.045) / 2)
    assert out.entropy == pytest.approx(1.5)
    assert out.kl == pytest.approx(0.15)


def test_ppo_loss_with_the_kl_in_the_reward_only_reports_it():
    # as above without the 0.5 * kl terms: (-2.170342 + 0.7845) / 2 = -0.692921
    out = ppo_loss(**_tiny_ppo_inputs(), clip_eps=0.2, vf_coef=0.1, vf_clip=0.2, ent_coef=0.01, kl_beta=0.0)
    assert out.loss.item() == pytest.approx(-0.692921, abs=1e-6)
    assert out.kl == pytest.approx(0.15)


# ---- per-step targets on the real policy --------------------------------------------------------


def _multi_row_run() -> Trajectory:
    """Turn 2 extends turn 1 (tool output 7 between them); turn 3 re-templates: a new row."""
    return Trajectory("r", [Turn([1, 2], [5, 6], [-1.0, -1.0]), Turn([1, 2, 5, 6, 7], [8], [-1.0]),
                            Turn([9, 9], [4], [-1.0])], "task", "g", 1.0)


@pytest.mark.parametrize("micro_batch_rows", [1, 8])
def test_reward_lands_on_the_runs_last_completion_token_and_gae_spans_its_rows(micro_batch_rows):
    trainer = _trainer(gamma=0.9, gae_lambda=0.5, whiten_advantages=False, micro_batch_rows=micro_batch_rows)
    other = Trajectory("s", [Turn([1, 3], [10, 11], [-1.0, -1.0])], "task", "g", 0.5)
    algo = trainer.algorithm
    rows = algo.rows([_multi_row_run(), other])
    assert [s.token_ids for s in rows.sequences] == [[1, 2, 5, 6, 7, 8], [9, 9, 4], [1, 3, 10, 11]]
    algo.prepare(rows, trainer)
    # The value head starts at 0, so delta_t = r_t and A_t = r_t + 0.9 * 0.5 * A_next.
    # Run "r", target positions of its loss tokens in order: row 0 at 1, 2, 4 (3 is tool output 7),
    # then row 1 at 1 (the last, reward 1.0):
    #   row 1 pos 1: 1.0;  row 0 pos 4: 0.45;  row 0 pos 2: 0.45^2 = 0.2025;  row 0 pos 1: 0.45^3 = 0.091125
    # Run "s" (reward 0.5): pos 2: 0.5; pos 1: 0.225 (nothing leaks from run "r").
    expected = torch.tensor([[0.0, 0.091125, 0.2025, 0.0, 0.45],
                             [0.0, 1.0, 0.0, 0.0, 0.0],
                             [0.0, 0.225, 0.5, 0.0, 0.0]])
    assert torch.allclose(algo.targets.advantages, expected, atol=1e-6)
    assert torch.allclose(algo.targets.returns, expected, atol=1e-6)  # returns = A + V, V = 0
    assert torch.equal(algo.targets.old_values, torch.zeros(3, 5))


def test_kl_in_the_reward_is_charged_per_token_and_the_adaptive_beta_moves():
    trainer = _trainer(kl_beta=0.5, kl_mode="reward", kl_estimator="k1", kl_target=0.1, kl_horizon=10,
                       gamma=1.0, gae_lambda=1.0, whiten_advantages=False)
    with torch.no_grad():  # adapters off the reference (the value head stays 0)
        for param in trainer.policy.model.parameters():
            if param.requires_grad:
                param.normal_(0.0, 0.2)
    run = Trajectory("r", [Turn([1, 2], [5, 6, 7], [-1.0, -1.0, -1.0])], "task", "g", 1.0)
    batch = collate(run.sequences())
    with torch.no_grad():
        k1 = (trainer.policy.token_logprobs(batch) - trainer.policy.reference_logprobs(batch))[0]  # [4]
    kl1, kl2, kl3 = k1[1:].tolist()  # loss tokens 5, 6, 7 at target positions 1, 2, 3
    assert min(abs(kl1), abs(kl2), abs(kl3)) > 1e-3  # a real KL to charge
    algo = trainer.algorithm
    algo.prepare(algo.rows([run]), trainer)
    # gamma = lambda = 1, V = 0: A_t = sum of rewards from t on, r_t = -0.5 * kl_t, + 1.0 on token 7
    a3 = 1.0 - 0.5 * kl3
    a2 = a3 - 0.5 * kl2
    a1 = a2 - 0.5 * kl1
    assert algo.targets.advantages[0].tolist() == pytest.approx([0.0, a1, a2, a3], abs=1e-5)
    # this step used beta 0.5; then beta moves by the step's mean k1 (Ziegler's rule, 1 run, horizon 10)
    measured = (kl1 + kl2 + kl3) / 3
    assert algo.targets.kl_beta == 0.5
    assert algo.kl.beta == pytest.approx(0.5 * (1 + max(-0.2, min(0.2, measured / 0.1 - 1)) / 10))
    assert algo.state_dict() == {"kl_beta": algo.kl.beta}


def test_the_value_head_is_in_the_optimizer_and_trains():
    trainer = _trainer()
    head = trainer.policy.value_head
    in_optimizer = {id(p) for group in trainer.optimizer.param_groups for p in group["params"]}
    assert {id(p) for p in head.parameters()} <= in_optimizer
    stats = trainer.step(0, TokenTaskEnv(trainer.policy, group_size=8).collect(0))
    assert head.linear.weight.abs().sum() > 0
    assert stats.value_loss > 0 and stats.entropy > 0 and stats.loss is not None


# ---- the trainer's guarantees -----------------------------------------------------------------


_RESUMED = {"steps": 4, "checkpoint_every": 2, "group_size": 4, "inner_epochs": 2, "kl_beta": 0.05, "kl_mode": "reward",
            "kl_target": 0.001, "kl_horizon": 50}


def test_a_resumed_ppo_run_continues_exactly(tmp_path):
    trainer = _trainer(**_RESUMED)
    run_training(trainer, TokenTaskEnv(trainer.policy, group_size=8), tmp_path / "full", progress=False)
    trainer = _trainer(**{**_RESUMED, "steps": 2})
    run_training(trainer, TokenTaskEnv(trainer.policy, group_size=8), tmp_path / "cut", progress=False)
    saved = latest_checkpoint(tmp_path / "cut")
    assert saved.algorithm["kl_beta"] != 0.05  # the adaptive beta moved: a fresh one would differ
    assert torch.load(saved.path / "value_head.pt")["linear.weight"].abs().sum() > 0  # trained, not 0
    trainer = _trainer(**_RESUMED)  # a fresh trainer: zero value head, beta 0.05
    resumed = run_training(trainer, TokenTaskEnv(trainer.policy, group_size=8), tmp_path / "cut",
                           resume=True, progress=False)
    assert [s.step for s in resumed] == [2, 3]
    drop = TIMING_FIELDS
    full, cut = read_log(tmp_path / "full" / "train_log.jsonl"), read_log(tmp_path / "cut" / "train_log.jsonl")
    assert [{k: v for k, v in r.items() if k not in drop} for r in full] == [
        {k: v for k, v in r.items() if k not in drop} for r in cut]  # the next losses, exactly
    for name in ("adapter.pt", "value_head.pt"):
        a = torch.load(tmp_path / "full" / "checkpoints" / "step-000004" / name)
        b = torch.load(tmp_path / "cut" / "checkpoints" / "step-000004" / name)
        assert all(torch.equal(a[k], b[k]) for k in a), name
    assert latest_checkpoint(tmp_path / "full").algorithm == latest_checkpoint(tmp_path / "cut").algorithm


class _PoisonedAt:
    def __init__(self, env: TokenTaskEnv, bad_step: int) -> None:
        self.env, self.bad_step = env, bad_step

    def collect(self, step: int) -> list[Trajectory]:
        runs = self.env.collect(step)
        if step == self.bad_step:
            for run in runs:
                run.turns[0].logprobs = [float("nan")] * len(run.turns[0].logprobs)
        return runs


def test_nan_loss_stops_with_the_last_good_checkpoint_and_value_head_intact(tmp_path):
    trainer = _trainer(steps=4, checkpoint_every=2)
    with pytest.raises(TrainingStopped, match="non-finite loss.*step-000002"):
        run_training(trainer, _PoisonedAt(TokenTaskEnv(trainer.policy, group_size=8), 2), tmp_path, progress=False)
    ckpt = latest_checkpoint(tmp_path)
    assert ckpt.step == 2 and json.loads((ckpt.path / "state.json").read_text())["step"] == 2
    saved = torch.load(ckpt.path / "value_head.pt")
    live = trainer.policy.value_head.state_dict()
    assert all(torch.equal(saved[k], live[k]) for k in saved)  # the bad step changed nothing
    adapters = torch.load(ckpt.path / "adapter.pt")
    assert all(torch.equal(adapters[k], v) for k, v in trainer.policy.adapter_state().items())


def test_tiny_model_learns_two_task_suite_with_ppo(tmp_path):
    trainer = _trainer(steps=12, gae_lambda=1.0, kl_beta=0.01, kl_mode="reward", kl_estimator="k1")
    history = run_training(trainer, TokenTaskEnv(trainer.policy, group_size=8), tmp_path, progress=False)
    rewards = [s.reward_mean for s in history]
    assert sum(rewards[-3:]) / 3 > sum(rewards[:3]) / 3 + 0.15, rewards
    assert all(s.kl_beta == 0.01 for s in history)  # no target: beta stays fixed
    logged = read_log(tmp_path / "train_log.jsonl")[-1]
    assert {"value_loss", "entropy", "kl_beta", "explained_variance"} <= logged.keys()


# ---- config -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"algo": "grpo", "kl_mode": "reward"}, "kl_mode, kl_estimator and kl_target are PPO's"),
        ({"algo": "grpo", "kl_estimator": "k1"}, "kl_mode, kl_estimator and kl_target are PPO's"),
        ({"algo": "ppo", "kl_target": 0.1}, "give a starting kl_beta > 0"),
        ({"algo": "ppo", "kl_mode": "prior"}, "kl_mode must be loss or reward, got 'prior'"),
        ({"algo": "ppo", "kl_estimator": "k2"}, "kl_estimator must be k1 or k3, got 'k2'"),
        ({"algo": "ppo", "gamma": 1.5}, "gamma and gae_lambda must be in [0, 1]"),
        ({"algo": "ppo", "gae_lambda": -0.1}, "gamma and gae_lambda must be in [0, 1]"),
        ({"algo": "ppo", "vf_coef": -1.0}, "vf_coef must be >= 0"),
        ({"algo": "ppo", "kl_horizon": 0}, "kl_horizon must be >= 1"),
    ],
)
def test_unusable_ppo_configs_are_refused(fields, message):
    with pytest.raises(ValueError, match=message.replace("[", r"\[")):
        TrainConfig(**fields)


def test_ppo_needs_no_group():
    assert TrainConfig(algo="ppo", group_size=1).group_size == 1

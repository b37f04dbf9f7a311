"""The learn bench in miniature, for CI: a tiny random Llama learns a two-family token suite
and pass@1 rises on test instances it never trained on.

GRPO runs with dynamic sampling and the curriculum through `StepDraws`, the draws agent
rollouts make; PPO with its value head. Each line is pass@1 before and after on the held-out
instances of both families, like the bench's `test` split. The margins leave room for the
noise of 16 samples per task: measured 0.32 -> 0.79 (GRPO) and 0.32 -> 0.97 (PPO)."""

import pytest
import torch

from loopwright.train.config import TrainConfig
from loopwright.train.log import STEP_LOG, read_log
from loopwright.train.loop import run_training
from loopwright.train.policy import LoraPolicy, LoraSettings
from loopwright.train.trainer import Trainer
from tests.train.token_env import TokenSuiteEnv, pass_at_1, tiny_llama, token_suite

TRAIN, TEST = token_suite(range(4, 20)), token_suite(range(20, 28))

SETTINGS = {
    "grpo": {"lr": 3e-2, "group_size": 4, "dynamic_sampling": True, "dynamic_max_rounds": 2, "curriculum": True},
    "ppo": {"lr": 1e-2, "group_size": 8, "gae_lambda": 1.0},
}


def _train(tmp_path, algo: str) -> tuple[float, float, list[dict]]:
    """(test pass@1 before, after, the step log) of 24 steps of `algo` on the train split."""
    config = TrainConfig(algo=algo, steps=24, tasks_per_step=4, lora=LoraSettings(r=8, alpha=16), **SETTINGS[algo])
    torch.manual_seed(1)
    policy = LoraPolicy.wrap(tiny_llama(), config.lora)
    before = pass_at_1(policy, TEST)
    source = TokenSuiteEnv(policy, TRAIN, config, tmp_path / STEP_LOG)
    run_training(Trainer(policy, config), source, tmp_path, progress=False)
    return before, pass_at_1(policy, TEST), read_log(tmp_path / STEP_LOG)


@pytest.mark.slow
def test_grpo_with_dynamic_sampling_and_curriculum_learns_held_out_instances(tmp_path):
    before, after, log = _train(tmp_path, "grpo")
    assert after >= before + 0.3, (before, after)
    sampling = [line["sampling"] for line in log]
    assert sum(s["replaced"] for s in sampling) > 0  # uniform groups were refilled
    assert all(s["drawn"] <= 3 * 4 for s in sampling)  # at most 2 refill rounds of 4 groups
    assert {"low", "high"} <= {family for line in log for family in line["families"]}
    assert (tmp_path / "families.png").stat().st_size > 0


@pytest.mark.slow
def test_ppo_learns_held_out_instances(tmp_path):
    before, after, log = _train(tmp_path, "ppo")
    assert after >= before + 0.4, (before, after)
    assert all(line["sampling"]["replaced"] == 0 for line in log)  # no dynamic sampling asked

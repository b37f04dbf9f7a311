"""`train --async`: rollouts collected ahead with bounded staleness. K = 0 is the synchronous
loop to the last bit; with K >= 1 no run trains more than K steps after its weights, and
GRPO's decoupled loss uses capped pi_prox / pi_behaviour weights."""

import threading

import pytest
import torch

from loopwright.train.algorithms.grpo import GRPO
from loopwright.train.async_rollouts import AsyncRollouts
from loopwright.train.config import TrainConfig
from loopwright.train.loop import run_training
from loopwright.train.policy import LoraPolicy, LoraSettings
from loopwright.train.trainer import Trainer
from tests.train.token_env import TokenTaskEnv, tiny_llama


def _trainer_and_env(max_staleness: int | None) -> tuple[Trainer, TokenTaskEnv]:
    config = TrainConfig(algo="grpo", steps=4, group_size=6, lr=1e-2, lora=LoraSettings(r=4, alpha=8),
                         max_staleness=max_staleness)
    torch.manual_seed(1)
    policy = LoraPolicy.wrap(tiny_llama(), config.lora)
    return Trainer(policy, config), TokenTaskEnv(policy, group_size=config.group_size, seed=5)


def test_k0_is_the_synchronous_loop_loss_for_loss(tmp_path):
    trainer, env = _trainer_and_env(None)
    synchronous = run_training(trainer, env, tmp_path / "sync", progress=False)
    trainer, env = _trainer_and_env(0)
    ahead = AsyncRollouts(env, max_staleness=0, steps=trainer.config.steps)
    asynchronous = run_training(trainer, ahead, tmp_path / "async", progress=False)
    ahead.close()
    assert [s.loss for s in synchronous] and any(s.loss is not None for s in synchronous)
    assert [s.loss for s in asynchronous] == [s.loss for s in synchronous]  # bit for bit
    assert [s.reward_mean for s in asynchronous] == [s.reward_mean for s in synchronous]
    assert all(s.staleness_max == 0 for s in asynchronous)


class _VersionedSource:
    """Records, for each step it collects, which step the trainer had reached (a stand-in for
    the weights in the engine), and blocks until the test lets it finish."""

    def __init__(self) -> None:
        self.trainer_at = 0
        self.started: dict[int, int] = {}
        self.gate = threading.Semaphore(0)

    def collect(self, step: int) -> list:
        from loopwright.agent.trajectory import Trajectory

        self.started[step] = self.trainer_at
        self.gate.acquire()
        return [Trajectory(trace_id=f"t{step}", turns=[], reward=1.0)]


@pytest.mark.parametrize("k", [1, 2])
def test_runs_start_at_most_k_steps_ahead_and_say_how_stale_they_are(k):
    source = _VersionedSource()
    ahead = AsyncRollouts(source, max_staleness=k, steps=6)
    for _ in range(6):
        source.gate.release()  # every step's rollouts may finish at once
    for step in range(6):
        source.trainer_at = step
        runs = ahead.collect(step)
        assert 0 <= runs[0].staleness <= k
        assert step - k <= source.started[step] <= step  # never generated with weights older than K steps
    ahead.close()
    assert max(step - at for step, at in source.started.items()) == k  # it did run ahead


def test_a_failing_rollout_reaches_the_trainer():
    class Broken:
        def collect(self, step):
            raise RuntimeError("sandbox died")

    with pytest.raises(RuntimeError, match="sandbox died"):
        AsyncRollouts(Broken(), max_staleness=1, steps=3).collect(0)


def test_decoupled_grpo_weights_are_capped_ratios_to_the_behaviour_logprobs():
    trainer, env = _trainer_and_env(1)
    runs = env.collect(0)
    for run in runs:  # a behaviour policy far below the proximal one on the first trained token
        for turn in run.turns:
            turn.logprobs = [lp - 3.0 for lp in turn.logprobs]
    algorithm: GRPO = trainer.algorithm
    rows = algorithm.rows(runs)
    algorithm.prepare(rows, trainer)
    for row, (prox, weight) in zip(rows.sequences, algorithm._proximal, strict=True):
        mask = torch.tensor(row.loss_mask[1:])
        behaviour = torch.tensor(row.old_logprobs[1:])
        expected = torch.exp(prox - behaviour).clamp(max=trainer.config.behaviour_cap)
        torch.testing.assert_close(weight[mask], expected[mask])
        assert (weight[mask] == trainer.config.behaviour_cap).all()  # e^3 > 5: every trained token capped
        assert (weight[~mask] == 0).all()
    stats = trainer.step(0, runs)
    assert stats.loss is not None and torch.isfinite(torch.tensor(stats.loss))


def test_async_is_refused_for_algorithms_it_cannot_correct():
    with pytest.raises(ValueError, match="--async needs"):
        TrainConfig(algo="ppo", max_staleness=1)

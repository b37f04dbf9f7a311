"""Each training algorithm on its own: the typed rows it takes from a round, and the loss
it accumulates through the real trainer on a tiny random Llama."""

import pytest
import torch

from loopwright.agent.trajectory import Trajectory, Turn
from loopwright.train.algorithms import (
    ALGORITHMS,
    DPO,
    GRPO,
    PPO,
    SFT,
    AdvantageRow,
    PassStats,
    PreferencePair,
    algorithm_class,
)
from loopwright.train.batch import collate
from loopwright.train.config import TrainConfig
from loopwright.train.losses import dpo_loss, group_advantages
from loopwright.train.policy import LoraPolicy, LoraSettings
from loopwright.train.trainer import Trainer
from tests.train.token_env import TokenTaskEnv, tiny_llama


def _run(name: str, group: str, reward: float, *turns: Turn) -> Trajectory:
    return Trajectory(name, list(turns), "task", group, reward)


def _two_row_run(name: str, group: str, reward: float, first: int) -> Trajectory:
    """A run whose second turn re-templates its history, so it trains as two rows."""
    return _run(name, group, reward, Turn([1, 2], [first, first + 1], [-0.5, -0.6]), Turn([1, 4], [first], [-0.7]))


def _trainer(algo: str, **overrides) -> Trainer:
    torch.manual_seed(0)
    settings = {"group_size": 2, "lr": 1e-2, "lora": LoraSettings(r=4, alpha=8), **overrides}
    config = TrainConfig(algo=algo, **settings)
    return Trainer(LoraPolicy.wrap(tiny_llama(), config.lora), config)


def test_registry_names_each_algorithm_once_and_refuses_unknown_names():
    assert dict(ALGORITHMS) == {"grpo": GRPO, "sft": SFT, "dpo": DPO, "ppo": PPO}
    with pytest.raises(ValueError, match="unknown algo 'a2c': use grpo, sft, dpo or ppo"):
        algorithm_class("a2c")


def test_grpo_rows_carry_each_runs_group_advantage():
    runs = [
        _run("a", "g1", 1.0, Turn([1], [5, 6], [-1.0, -1.0])),
        _run("b", "g1", 0.0, Turn([1], [7], [-1.0])),
        _run("c", "g2", 0.5, Turn([1], [5], [-1.0])),  # equal rewards: no signal
        _run("d", "g2", 0.5, Turn([1], [6], [-1.0])),
        _run("e", "g3", 1.0, Turn([1], [5], [-1.0])),  # a group of one: no comparison
    ]
    got = GRPO(TrainConfig(algo="grpo")).rows(runs)
    expected = group_advantages(torch.tensor([1.0, 0.0])).tolist()
    assert got.rows == [AdvantageRow(runs[0].sequences()[0], expected[0]),
                        AdvantageRow(runs[1].sequences()[0], expected[1])]
    assert got.skipped_groups == 2 and got.sequences == [r.tokens for r in got.rows]


def test_sft_rows_are_the_runs_at_or_above_the_threshold():
    runs = [_run("a", "g", 1.0, Turn([1], [5], [-1.0])), _run("b", "g", 0.5, Turn([1], [6], [-1.0])),
            _run("c", "g", 0.7, Turn([1], [7], [-1.0]))]
    got = SFT(TrainConfig(algo="sft", sft_threshold=0.7)).rows(runs)
    assert got.rows == runs[0].sequences() + runs[2].sequences() and got.skipped_groups == 0


def test_sft_per_group_keeps_the_first_passing_runs_of_each_group():
    runs = [_run("a", "g1", 0.0, Turn([1], [5], [-1.0])), _run("b", "g1", 1.0, Turn([1], [6], [-1.0])),
            _run("c", "g1", 1.0, Turn([1], [7], [-1.0])), _run("d", "g2", 1.0, Turn([1], [8], [-1.0])),
            _run("e", "g1", 1.0, Turn([1], [9], [-1.0]))]
    one = SFT(TrainConfig(algo="sft", sft_per_group=1)).rows(runs)
    assert one.rows == runs[1].sequences() + runs[3].sequences()  # b for g1 (a failed), d for g2
    two = SFT(TrainConfig(algo="sft", sft_per_group=2)).rows(runs)
    assert two.rows == runs[1].sequences() + runs[2].sequences() + runs[3].sequences()
    assert SFT(TrainConfig(algo="sft")).rows(runs).rows == [seq for r in runs[1:] for seq in r.sequences()]


def test_dpo_pairs_keep_every_row_of_multi_row_runs():
    runs = [_two_row_run("best", "g1", 1.0, 10), _two_row_run("mid", "g1", 0.5, 12),
            _two_row_run("worst", "g1", 0.0, 14), _two_row_run("x", "g2", 1.0, 10), _two_row_run("y", "g2", 1.0, 12)]
    got = DPO(TrainConfig(algo="dpo")).rows(runs)
    assert got.rows == [PreferencePair(runs[0].sequences(), runs[2].sequences())]
    assert len(got.rows[0].chosen) == 2 and got.skipped_groups == 1
    assert got.sequences == runs[0].sequences() + runs[2].sequences()


def _moved_off_the_reference(trainer: Trainer) -> Trainer:
    """Random LoRA weights, so the policy differs from the adapters-off reference."""
    with torch.no_grad():
        for param in trainer.policy.trainable_parameters():
            param.normal_(0.0, 0.2)
    return trainer


@pytest.mark.parametrize("micro_batch_rows", [1, 3, 8])
def test_dpo_loss_sums_each_runs_rows_across_micro_batches(micro_batch_rows):
    trainer = _moved_off_the_reference(_trainer("dpo", micro_batch_rows=micro_batch_rows, dpo_beta=0.5))
    runs = [_two_row_run("b1", "g1", 1.0, 10), _two_row_run("w1", "g1", 0.0, 14),
            _two_row_run("b2", "g2", 1.0, 20), _run("w2", "g2", 0.0, Turn([1, 3], [22], [-0.1]))]
    algo = DPO(trainer.config)
    pairs = algo.rows(runs)
    stats = algo.backward(pairs, trainer)

    @torch.no_grad()
    def summed(side: str, reference: bool) -> torch.Tensor:
        """[P]: each pair's `side` run, its rows' loss-token logprobs summed, one row at a time."""
        policy = trainer.policy
        logp = policy.reference_logprobs if reference else policy.token_logprobs
        batches = [[collate([row]) for row in getattr(pair, side)] for pair in pairs.rows]
        return torch.stack([sum((logp(b) * b.loss_mask).sum() for b in run) for run in batches])

    want = dpo_loss(summed("chosen", False), summed("rejected", False), summed("chosen", True),
                    summed("rejected", True), beta=0.5)
    assert len(pairs.rows) == 2 and len(pairs.sequences) == 7
    assert abs(float(want) - 0.6931) > 1e-3  # the policy is off the reference: a real margin
    assert stats.loss == pytest.approx(float(want), abs=1e-5)
    assert any(p.grad is not None and p.grad.abs().sum() > 0 for p in trainer.policy.trainable_parameters())


@pytest.mark.parametrize("algo", ["grpo", "sft"])
def test_micro_batches_accumulate_to_one_full_batch_pass(algo):
    lengths = [1, 2, 3, 1, 2, 3]  # rows of unequal length: token shares differ from row shares
    runs = [_run(f"r{i}", "g", (i % 3) / 2, Turn([1, 2 + i % 2], [5 + i + k for k in range(n)], [-1.0] * n))
            for i, n in enumerate(lengths)]
    grads = []
    for rows_per_pass in (1, 4, 8):
        trainer = _moved_off_the_reference(_trainer(algo, micro_batch_rows=rows_per_pass, sft_threshold=0.0))
        stats = trainer.algorithm.backward(trainer.algorithm.rows(runs), trainer)
        grads.append((stats.loss, torch.cat([p.grad.flatten() for p in trainer.policy.trainable_parameters()])))
    for loss, grad in grads[1:]:
        assert loss == pytest.approx(grads[0][0], abs=1e-5)
        assert torch.allclose(grad, grads[0][1], atol=1e-5)


class _RecordingGRPO(GRPO):
    """GRPO that keeps what each inner epoch's pass reported."""

    def __init__(self, config: TrainConfig) -> None:
        super().__init__(config)
        self.passes: list[PassStats] = []

    def backward(self, rows, grad) -> PassStats:
        stats = super().backward(rows, grad)
        self.passes.append(stats)
        return stats


def test_step_stats_average_the_inner_epochs():
    trainer = _trainer("grpo", inner_epochs=3, group_size=8, lr=0.1, kl_beta=0.05, clip_eps=0.05)
    trainer.algorithm = _RecordingGRPO(trainer.config)
    runs = TokenTaskEnv(trainer.policy, group_size=8).collect(0)
    stats = trainer.step(0, runs)
    passes = trainer.algorithm.passes
    assert len(passes) == 3
    assert stats.loss == pytest.approx(sum(p.loss for p in passes) / 3)
    assert stats.kl == pytest.approx(sum(p.kl for p in passes) / 3)
    assert stats.clip_fraction == pytest.approx(sum(p.clip_fraction for p in passes) / 3)
    assert passes[0].clip_fraction == 0.0 < passes[-1].clip_fraction  # epochs differ: not the last one's
    assert stats.tokens == 3 * sum(sum(s.loss_mask) for r in runs for s in r.sequences())

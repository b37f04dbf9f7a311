"""Per-turn credit: with `credit="turn"` every model call of a run is its own row (its prompt
masked, its completion trained), for every algorithm, each row carrying the run's signal."""

import pytest
import torch
from typer.testing import CliRunner

from loopwright.agent.trajectory import TokenSequence, Trajectory, Turn
from loopwright.cli import app
from loopwright.train.algorithms import DPO, GRPO, SFT, AdvantageRow
from loopwright.train.algorithms.base import training_rows
from loopwright.train.config import TrainConfig
from loopwright.train.policy import LoraPolicy, LoraSettings
from loopwright.train.trainer import Trainer
from tests.train.token_env import tiny_llama


def _two_turn_run(name: str, group: str, reward: float, first: int) -> Trajectory:
    """Turn 1: prompt [1, 2] -> [first, first+1]; the tool answers 9; turn 2's prompt is the
    whole history, [1, 2, first, first+1, 9] -> [first+2]."""
    turns = [Turn([1, 2], [first, first + 1], [-0.1, -0.2]),
             Turn([1, 2, first, first + 1, 9], [first + 2], [-0.3])]
    return Trajectory(name, turns, "task", group, reward)


def _one_turn_run(name: str, group: str, reward: float, token: int) -> Trajectory:
    return Trajectory(name, [Turn([1, 3], [token], [-0.4])], "task", group, reward)


def test_turn_credit_makes_one_row_per_model_call_with_its_prompt_masked():
    run = _two_turn_run("a", "g", 1.0, 5)
    joined = TokenSequence([1, 2, 5, 6, 9, 7], [False, False, True, True, False, True],
                           [0.0, 0.0, -0.1, -0.2, 0.0, -0.3])
    first = TokenSequence([1, 2, 5, 6], [False, False, True, True], [0.0, 0.0, -0.1, -0.2])
    second = TokenSequence([1, 2, 5, 6, 9, 7], [False, False, False, False, False, True],
                           [0.0, 0.0, 0.0, 0.0, 0.0, -0.3])
    assert training_rows(run, "run") == [joined]
    assert training_rows(run, "turn") == [first, second]


def test_a_turn_without_completion_tokens_is_no_row():
    run = Trajectory("a", [Turn([1, 2], [5], [-0.1]), Turn([1, 2, 5, 9], [], [])], "task", "g", 1.0)
    assert training_rows(run, "turn") == [TokenSequence([1, 2, 5], [False, False, True], [0.0, 0.0, -0.1])]


def test_grpo_gives_every_turn_row_its_runs_advantage():
    runs = [_two_turn_run("a", "g", 1.0, 5), _one_turn_run("b", "g", 0.0, 8)]
    got = GRPO(TrainConfig(algo="grpo", credit="turn")).rows(runs)
    # rewards [1, 0]: centred [0.5, -0.5], unbiased std sqrt(0.5) -> +-0.7071
    advantages = [r.advantage for r in got.rows]
    assert advantages == pytest.approx([0.70710, 0.70710, -0.70710], abs=1e-4)
    assert [r.tokens for r in got.rows] == runs[0].turn_sequences() + runs[1].turn_sequences()
    assert got.rows[0] == AdvantageRow(runs[0].turns[0].sequence(), advantages[0])


def test_sft_and_dpo_take_their_rows_by_the_configured_credit():
    best, worst = _two_turn_run("best", "g", 1.0, 5), _two_turn_run("worst", "g", 0.0, 10)
    sft = SFT(TrainConfig(algo="sft", credit="turn")).rows([best, worst])
    assert sft.rows == best.turn_sequences() and len(sft.rows) == 2
    pair = DPO(TrainConfig(algo="dpo", credit="turn")).rows([best, worst]).rows[0]
    assert pair.chosen == best.turn_sequences() and pair.rejected == worst.turn_sequences()
    assert DPO(TrainConfig(algo="dpo")).rows([best, worst]).rows[0].chosen == best.sequences()


def _grpo_loss(credit: str, norm: str, runs: list[Trajectory]) -> float:
    torch.manual_seed(0)
    config = TrainConfig(algo="grpo", group_size=2, credit=credit, norm=norm, lora=LoraSettings(r=4, alpha=8))
    trainer = Trainer(LoraPolicy.wrap(tiny_llama(), config.lora), config)
    with torch.no_grad():  # adapters off the identity, so the ratio to the recorded logprobs is not 1
        for param in trainer.policy.trainable_parameters():
            param.normal_(0.0, 0.2)
    return trainer.algorithm.backward(trainer.algorithm.rows(runs), trainer).loss


def test_token_normalised_loss_agrees_across_credits_and_sequence_norm_weighs_each_turn():
    """A turn row gives its completion the context it had in the joined row, so the summed
    token terms are the same; per-row means weigh them differently (3 rows vs 2)."""
    runs = [_two_turn_run("a", "g", 1.0, 5), _one_turn_run("b", "g", 0.0, 8)]
    assert _grpo_loss("turn", "token", runs) == pytest.approx(_grpo_loss("run", "token", runs), abs=1e-6)
    assert abs(_grpo_loss("turn", "sequence", runs) - _grpo_loss("run", "sequence", runs)) > 1e-3


def test_an_unknown_credit_is_refused_from_the_config_and_the_command_line():
    with pytest.raises(ValueError, match="credit must be run or turn, got 'step'"):
        TrainConfig(credit="step")
    result = CliRunner().invoke(app, ["train", "--suite", "arith", "--credit", "step"])
    assert result.exit_code == 1 and "credit must be run or turn" in result.output

"""General replay (`train.general_replay`): the KL over the base's top-k it holds the policy
to the base with, worked by hand; the rows it samples and keeps for a resume; and that it does
keep a trained model nearer the base on the replayed text."""

import copy
import math

import pytest
import torch

from loopwright.agent.trajectory import TokenSequence, Trajectory, Turn
from loopwright.train.batch import collate
from loopwright.train.config import TrainConfig
from loopwright.train.general_replay import (
    PROMPTS,
    REPLAY_FILE,
    base_replies,
    replay_for,
    replay_kl,
    rows_of_step,
    with_base,
)
from loopwright.train.kl import TopK, top_k_kl
from loopwright.train.policy import LoraPolicy, LoraSettings
from loopwright.train.trainer import Trainer
from tests.train.token_env import VOCAB, tiny_llama

LORA = LoraSettings(r=4, alpha=8)
TASK_RUNS = [Trajectory(f"r{i}", [Turn([1, 2, 3], [5 + i, 9, 11 - i], [-1.0] * 3)], "task", "g", 1.0)
             for i in range(3)]
REPLAY = [TokenSequence([1, 4 + i, 7, 20 + i, 14, 30 - i, 8], [False, False, True, True, True, True, True],
                        [0.0] * 7) for i in range(6)]


def _full_kl(reference_logits: torch.Tensor, logits: torch.Tensor) -> torch.Tensor:
    """KL(reference || policy) over the whole vocabulary, per position."""
    ref = torch.log_softmax(reference_logits, dim=-1)
    return (ref.exp() * (ref - torch.log_softmax(logits, dim=-1))).sum(-1)


def test_the_top_k_kl_is_worked_out_by_hand_and_is_the_whole_kl_when_k_is_the_vocabulary():
    # reference p = [0.5, 0.25, 0.25], policy q = [0.25, 0.5, 0.25] (logits are their logs)
    p, q = torch.tensor([[0.5, 0.25, 0.25]]), torch.tensor([[0.25, 0.5, 0.25]])
    # K = 3: the whole KL, 0.5 ln 2 + 0.25 ln 0.5 + 0.25 ln 1 = 0.25 ln 2 = 0.173287
    assert float(top_k_kl(TopK.of(p.log(), 3), q.log())) == pytest.approx(0.25 * math.log(2), abs=1e-6)
    assert float(top_k_kl(TopK.of(p.log() + 3.0, 3), q.log() - 1.0)) == pytest.approx(0.25 * math.log(2), abs=1e-6)
    # K = 1: outcomes {token 0, rest}: p = (0.5, 0.5), q = (0.25, 0.75):
    # 0.5 ln 2 + 0.5 ln(2/3) = 0.5 ln(4/3) = 0.143841, under the whole KL as merging must be
    assert float(top_k_kl(TopK.of(p.log(), 1), q.log())) == pytest.approx(0.5 * math.log(4 / 3), abs=1e-6)
    assert float(top_k_kl(TopK.of(p.log(), 2), p.log())) == pytest.approx(0.0, abs=1e-7)
    torch.manual_seed(0)
    reference, logits = torch.randn(7, VOCAB), torch.randn(7, VOCAB, requires_grad=True)
    whole = _full_kl(reference, logits)
    assert torch.allclose(top_k_kl(TopK.of(reference, VOCAB), logits), whole, atol=1e-5)
    assert (top_k_kl(TopK.of(reference, 8), logits) <= whole + 1e-6).all()
    top_k_kl(TopK.of(reference, VOCAB), logits).sum().backward()  # no rest left: a finite gradient
    assert torch.isfinite(logits.grad).all() and logits.grad.abs().sum() > 0


def test_rows_cycle_in_order_by_step():
    assert rows_of_step(REPLAY, 0, 4) == REPLAY[:4]
    assert rows_of_step(REPLAY, 1, 4) == REPLAY[4:] + REPLAY[:2]
    assert rows_of_step(REPLAY, 3, 4) == rows_of_step(REPLAY, 0, 4)  # 12 rows later: the same again


@pytest.mark.parametrize("precision", ["fp32", "bf16"])
def test_the_replay_kl_is_zero_on_the_base_and_masked_to_the_replies(precision):
    torch.manual_seed(0)
    policy = LoraPolicy.wrap(tiny_llama(), LORA)
    policy.precision = precision
    rows = with_base(policy, REPLAY[:2], k=VOCAB)
    assert [r.tokens for r in rows] == [5, 5]
    for row in rows:  # fresh adapters (B = 0) are the base itself, in either precision
        assert float(replay_kl(policy, [row])) == 0.0
    with torch.no_grad():
        for name, param in policy.model.named_parameters():
            if "lora_B" in name:
                param.normal_(std=0.3)
    moved = replay_kl(policy, rows)
    assert float(moved) > 1e-4
    moved.backward()
    assert any(p.grad is not None and p.grad.abs().sum() > 0 for p in policy.trainable_parameters())
    if precision == "fp32":  # by hand over the five reply targets of each row (positions 1..5 predict 2..6)
        batch = collate(REPLAY[:2])
        logits = policy.model(input_ids=batch.input_ids).logits[:, 1:-1]
        with policy.model.disable_adapter():
            reference = policy.model(input_ids=batch.input_ids).logits[:, 1:-1]
        assert float(moved) == pytest.approx(float(_full_kl(reference, logits).mean()), rel=1e-5)


def _train(replay_weight: float, steps: int = 30) -> Trainer:
    torch.manual_seed(0)
    config = TrainConfig(algo="sft", lr=3e-2, lora=LORA, replay_weight=replay_weight, replay_rows=3)
    policy = LoraPolicy.wrap(tiny_llama(), LORA)
    trainer = Trainer(policy, config, replay=with_base(policy, REPLAY, k=8))  # a quarter of the vocabulary
    for step in range(steps):
        trainer.step(step, TASK_RUNS)
    return trainer


def test_replay_keeps_the_trained_model_nearer_the_base_on_the_replayed_text_and_still_learns_the_task():
    without, held = _train(0.0), _train(3.0)
    drift = {name: float(replay_kl(t.policy, with_base(t.policy, REPLAY, k=VOCAB)))  # over the whole vocabulary
             for name, t in (("without", without), ("held", held))}
    drift_without, drift_held = drift["without"], drift["held"]
    task_without = without.step(30, TASK_RUNS)
    task_held = held.step(30, TASK_RUNS)
    print(f"\nKL to the base on the replay: {drift_without:.4f} without, {drift_held:.4f} held; "
          f"task loss {task_without.loss:.4f} / {task_held.loss:.4f}")
    assert task_without.replay_kl == 0.0 and task_held.replay_kl > 0.0  # reported in the step's stats
    assert drift_held < 0.5 * drift_without
    assert task_held.loss < 0.5  # the task rows are still learned (from ~3.5 at the start)


def test_a_weight_without_rows_or_with_ranks_is_refused():
    config = TrainConfig(algo="sft", lora=LORA, replay_weight=1.0)
    with pytest.raises(ValueError, match="general replay rows"):
        Trainer(LoraPolicy.wrap(tiny_llama(), LORA), config)
    with pytest.raises(ValueError, match="--nproc"):
        Trainer(LoraPolicy.wrap(tiny_llama(), LORA), config, ranks=object(), replay=REPLAY)
    with pytest.raises(ValueError, match="replay_weight must be >= 0"):
        TrainConfig(replay_weight=-1.0)


def test_base_replies_are_the_base_models_and_a_resume_reads_the_kept_ones(embedded_model, tmp_path):
    tokenizer = embedded_model.tokenizer
    fresh = LoraPolicy.wrap(copy.deepcopy(embedded_model.hf_model), LORA)
    moved = LoraPolicy.wrap(copy.deepcopy(embedded_model.hf_model), LORA)
    with torch.no_grad():  # an adapter that moved: its replies must still be the base's
        for name, param in moved.model.named_parameters():
            if "lora_B" in name:
                param.normal_(std=0.05)
    rows = base_replies(moved, tokenizer, prompts=PROMPTS[:3], max_new_tokens=12, batch=2)
    assert base_replies(fresh, tokenizer, prompts=PROMPTS[:3], max_new_tokens=12, batch=2) == rows
    assert len(rows) == 3
    for row, prompt in zip(rows, PROMPTS[:3], strict=True):
        reply = [t for t, m in zip(row.token_ids, row.loss_mask, strict=True) if m]
        assert 1 <= len(reply) <= 12
        assert prompt in tokenizer.decode(row.token_ids[: len(row.token_ids) - len(reply)])
    prompts = " ".join(PROMPTS).lower()  # no subject shared with the text that measures forgetting
    assert not any(word in prompts for word in ("photosynthesis", "lighthouse", "tide", "plant", "interval", "email"))
    config = TrainConfig(algo="sft", lora=LORA, replay_weight=1.0)
    assert replay_for(TrainConfig(algo="sft", lora=LORA), moved, tokenizer, tmp_path) is None
    (tmp_path / REPLAY_FILE).write_text('[{"token_ids": [1, 2], "loss_mask": [false, true]}]')
    kept = replay_for(config, moved, tokenizer, tmp_path)
    assert [r.sequence for r in kept] == [TokenSequence([1, 2], [False, True], [0.0, 0.0])]
    assert kept[0].base.ids.shape == (1, 64) and float(kept[0].base.rest.exp()) < 1.0
    for torn in ('[{"tokens": [1]}]', '[{"token_ids": [1, 2], "loss_mask": [false, false]}]', "[]"):
        (tmp_path / REPLAY_FILE).write_text(torn)
        with pytest.raises(ValueError, match="remove it"):
            replay_for(config, moved, tokenizer, tmp_path)

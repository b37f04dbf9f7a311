"""Losses, advantages, masks and the KL estimator against values computed by hand."""

import math

import pytest
import torch

from loopwright.agent.trajectory import TokenSequence, Trajectory, Turn
from loopwright.train.batch import collate, sequence_logprobs
from loopwright.train.losses import dpo_loss, group_advantages, grpo_loss, k3_kl, sft_loss


def test_group_advantages_with_and_without_std():
    rewards = torch.tensor([1.0, 0.0, 0.0, 1.0])
    # mean 0.5; unbiased std = sqrt(4 * 0.25 / 3) = 0.57735
    adv = group_advantages(rewards, scale_by_std=True, eps=0.0)
    assert torch.allclose(adv, torch.tensor([0.866025, -0.866025, -0.866025, 0.866025]), atol=1e-5)
    assert torch.equal(group_advantages(rewards, scale_by_std=False), torch.tensor([0.5, -0.5, -0.5, 0.5]))


def test_k3_kl_matches_hand_values_and_is_zero_on_equal():
    logp = torch.tensor([math.log(0.5), math.log(0.2)])
    ref = torch.tensor([math.log(0.25), math.log(0.2)])
    # d = ln(0.25/0.5) = -ln 2: exp(d) - d - 1 = 0.5 + 0.693147 - 1 = 0.193147
    assert torch.allclose(k3_kl(logp, ref), torch.tensor([0.193147, 0.0]), atol=1e-6)


def test_clipped_loss_token_and_sequence_normalisation():
    old = torch.zeros(2, 3)
    # ratios row 0: e^0.5=1.6487 (clipped to 1.2, A>0 -> uses 1.2), 1.0, masked
    # ratios row 1: e^-0.5=0.6065 (A<0: clipped to 0.8 -> -0.8*1 larger obj? min(-0.6065,-0.8)=-0.8)
    logp = torch.tensor([[0.5, 0.0, 9.0], [-0.5, 0.0, 0.0]])
    mask = torch.tensor([[True, True, False], [True, False, False]])
    adv = torch.tensor([1.0, -1.0])
    out = grpo_loss(logp, old, adv, mask, clip_eps=0.2, norm="token")
    # per-token objectives: -1.2, -1.0, -(-0.8)=0.8 -> mean of [-1.2, -1.0, 0.8]
    assert out.loss.item() == pytest.approx((-1.2 - 1.0 + 0.8) / 3, abs=1e-6)
    assert out.clip_fraction == pytest.approx(2 / 3)
    seq = grpo_loss(logp, old, adv, mask, clip_eps=0.2, norm="sequence")
    assert seq.loss.item() == pytest.approx(((-1.2 - 1.0) / 2 + 0.8) / 2, abs=1e-6)


def test_clipped_loss_gradient_is_cut_where_clipped():
    logp = torch.tensor([[0.5, 0.1]], requires_grad=True)
    out = grpo_loss(logp, torch.zeros(1, 2), torch.tensor([1.0]), torch.tensor([[True, True]]))
    out.loss.backward()
    assert logp.grad[0, 0] == 0.0
    assert logp.grad[0, 1].item() == pytest.approx(-math.exp(0.1) / 2, rel=1e-5)


def test_kl_term_adds_beta_times_k3():
    logp = torch.tensor([[math.log(0.5)]])
    ref = torch.tensor([[math.log(0.25)]])
    out = grpo_loss(logp, logp.clone(), torch.tensor([0.0]), torch.tensor([[True]]), ref, kl_beta=0.1)
    assert out.loss.item() == pytest.approx(0.1 * 0.193147, abs=1e-6)
    assert out.kl == pytest.approx(0.193147, abs=1e-6)


def test_sft_and_dpo_hand_values():
    logp = torch.tensor([[-1.0, -3.0, -7.0]])
    assert sft_loss(logp, torch.tensor([[True, True, False]])).item() == pytest.approx(2.0)
    loss = dpo_loss(torch.tensor([-1.0]), torch.tensor([-2.0]), torch.tensor([-1.5]), torch.tensor([-1.5]), beta=1.0)
    # margin = 0.5 - (-0.5) = 1 -> -log(sigmoid(1)) = 0.313262
    assert loss.item() == pytest.approx(0.313262, abs=1e-6)


def test_masks_follow_recorded_turns_and_shift_onto_targets():
    traj = Trajectory(
        "t",
        [
            Turn([1, 2], [3, 4], [-0.1, -0.2], ["obs"]),
            Turn([1, 2, 3, 4, 5, 6], [7], [-0.3]),  # prompt extends: tool output 5,6 masked
            Turn([9, 9], [8], [-0.4]),  # re-templated history: new row
        ],
    )
    rows = traj.sequences()
    assert [r.token_ids for r in rows] == [[1, 2, 3, 4, 5, 6, 7], [9, 9, 8]]
    batch = collate(rows, pad_id=0)
    assert batch.input_ids.tolist() == [[1, 2, 3, 4, 5, 6, 7], [9, 9, 8, 0, 0, 0, 0]]
    assert batch.loss_mask.tolist() == [
        [False, True, True, False, False, True],
        [False, True, False, False, False, False],
    ]
    assert torch.allclose(batch.old_logprobs[0], torch.tensor([0.0, -0.1, -0.2, 0.0, 0.0, -0.3]))


def test_collate_rejects_rows_of_unequal_length():
    with pytest.raises(ValueError, match="unequal length"):
        collate([TokenSequence([1, 2], [False], [0.0, 0.0])])


def test_sequence_logprobs_pick_the_next_token():
    logits = torch.log(torch.tensor([[[0.7, 0.3], [0.1, 0.9], [0.5, 0.5]]]))
    got = sequence_logprobs(logits, torch.tensor([[0, 1, 0]]))
    assert torch.allclose(got, torch.log(torch.tensor([[0.3, 0.1]])), atol=1e-6)


def test_pass_at_k_estimator():
    from loopwright.train.evaluate import pass_at_k

    assert pass_at_k(4, 0, 1) == 0.0
    assert pass_at_k(4, 1, 1) == pytest.approx(0.25)
    assert pass_at_k(4, 1, 2) == pytest.approx(1 - 3 / 6)
    assert pass_at_k(4, 3, 2) == 1.0


def test_forced_turns_script_each_model_call_then_eos():
    from loopwright.train.demos import ForcedTurns

    force = ForcedTurns([[5, 6], [7]], eos_id=2)
    logits = torch.zeros(10)

    def pick(done: list[int]) -> int:
        return int(force(done, logits).argmax())

    assert [pick([]), pick([5]), pick([5, 6])] == [5, 6, 2]
    assert [pick([]), pick([7])] == [7, 2]
    assert pick([]) == 2


def test_task_draws_cover_the_split_and_repeat_for_resume():
    from loopwright.train.step_draws import tasks_for_step

    tasks = [f"t{i}" for i in range(5)]
    first_pass = [t for step in range(5) for t in tasks_for_step(tasks, step, 1, seed=3)]
    assert sorted(first_pass) == tasks
    assert tasks_for_step(tasks, 7, 2, seed=3) == tasks_for_step(tasks, 7, 2, seed=3)
    assert tasks_for_step(tasks, 0, 5, seed=3) != tasks_for_step(tasks, 0, 5, seed=4)


def test_target_logprobs_equal_the_full_forward_on_trained_positions():
    """Logits only from the first trained position on change nothing the loss reads."""
    from tests.train.token_env import policy_with_adapters

    policy = policy_with_adapters()
    rows = [TokenSequence(token_ids=[1, 2, 3, 4, 5, 6, 7], loss_mask=[0, 0, 0, 0, 1, 1, 0],
                          old_logprobs=[0.0] * 7),
            TokenSequence(token_ids=[3, 1, 4, 1, 5], loss_mask=[0, 0, 0, 1, 1], old_logprobs=[0.0] * 5)]
    batch = collate(rows)
    assert batch.first_target == 2  # row 1 trains on token 3, predicted at position 2
    full = sequence_logprobs(policy.model(input_ids=batch.input_ids,
                                          attention_mask=batch.attention_mask).logits, batch.input_ids)
    trimmed = policy.token_logprobs(batch)
    assert trimmed.shape == full.shape
    assert torch.allclose(trimmed[batch.loss_mask], full[batch.loss_mask], atol=1e-5)
    assert torch.equal(trimmed[:, :2], torch.zeros(2, 2))
    with policy.model.disable_adapter():
        base = sequence_logprobs(policy.model(input_ids=batch.input_ids,
                                              attention_mask=batch.attention_mask).logits, batch.input_ids)
    reference = policy.reference_logprobs(batch)
    assert torch.allclose(reference[batch.loss_mask], base[batch.loss_mask], atol=1e-5)
    assert not torch.allclose(reference[batch.loss_mask], trimmed[batch.loss_mask], atol=1e-3)


def test_shared_prefix_stops_at_the_first_difference_padding_or_first_target():
    from loopwright.train.batch import shared_prefix

    head = list(range(1, 41))
    rows = [TokenSequence(head + [50, 51, 52], [0] * 41 + [1, 1], [0.0] * 43),
            TokenSequence(head + [50, 53], [0] * 41 + [1], [0.0] * 42)]
    assert shared_prefix(collate(rows)) == 40  # the rows agree on 41 tokens, but position 40 predicts a trained one
    assert shared_prefix(collate(rows[:1])) == 0  # one row: nothing to share
    other = TokenSequence(head[:10] + [60] + head[11:] + [50], [0] * 40 + [1], [0.0] * 41)
    assert shared_prefix(collate([rows[0], other])) == 10
    early = TokenSequence(head[:5] + [7], [0] * 5 + [1], [0.0] * 6)  # trained from position 4
    assert shared_prefix(collate([rows[0], early])) == 4


def test_a_shared_prefix_runs_once_with_the_same_logprobs_and_gradient(monkeypatch):
    """The rows' common leading tokens go through the model once, expanded to every row: the
    same logprobs and the same adapter gradient as a forward of each whole row."""
    from loopwright.train import batch as batch_module
    from tests.train.token_env import logprobs_and_gradient, policy_with_adapters

    policy = policy_with_adapters()
    head = [int(t) for t in torch.randint(1, 32, (40,))]
    rows = [TokenSequence(head + tail, [0] * 40 + [1] * len(tail), [0.0] * (40 + len(tail)))
            for tail in ([3, 5, 7], [9, 2], [4, 4, 4, 4, 6])]
    batch = collate(rows)
    assert batch_module.shared_prefix(batch) == 39  # trained from position 39 (predicting token 40) on
    shapes = []
    policy.model.get_input_embeddings().register_forward_hook(lambda m, args, out: shapes.append(tuple(args[0].shape)))

    shared, shared_grad = logprobs_and_gradient(policy, batch)
    assert shapes == [(1, 39), (3, 6)]  # the prefix once, then every row from position 39
    monkeypatch.setattr(batch_module, "SHARED_PREFIX_MIN", 1_000)
    whole, whole_grad = logprobs_and_gradient(policy, batch)
    assert shapes[2:] == [(3, 45)]
    assert torch.allclose(shared[batch.loss_mask], whole[batch.loss_mask], atol=1e-5)
    assert float((shared_grad - whole_grad).norm() / whole_grad.norm()) < 1e-5, float((shared_grad - whole_grad).norm() / whole_grad.norm())
    assert whole_grad.abs().sum() > 0


def test_decoupled_loss_weights_each_token_by_its_behaviour_weight():
    # against the proximal policy (0): ratios e^0.5 -> clipped 1.2, e^0.1 = 1.10517; A = 1
    # behaviour weights 2.0 and 0.5 (pi_prox / pi_behaviour, capped upstream): -(2*1.2 + 0.5*1.10517) / 2
    logp = torch.tensor([[0.5, 0.1]], requires_grad=True)
    weight = torch.tensor([[2.0, 0.5]], requires_grad=True)
    out = grpo_loss(logp, torch.zeros(1, 2), torch.tensor([1.0]), torch.tensor([[True, True]]),
                    behaviour_weight=weight)
    assert out.loss.item() == pytest.approx(-(2 * 1.2 + 0.5 * math.exp(0.1)) / 2, abs=1e-6)
    out.loss.backward()
    assert weight.grad is None  # a constant: no gradient flows into the behaviour weights
    assert logp.grad[0, 1].item() == pytest.approx(-0.5 * math.exp(0.1) / 2, rel=1e-5)

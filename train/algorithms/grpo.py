"""GRPO: each run's advantage is its reward against its group's, on a clipped ratio to the
rollout logprobs, plus beta * k3 KL to the frozen reference."""

import torch

from loopwright.agent.trajectory import Trajectory
from loopwright.train.algorithms.base import (
    AdvantageRow,
    GradientPass,
    PassStats,
    Round,
    TrainingAlgorithm,
    groups,
    has_signal,
    reward,
    training_rows,
)
from loopwright.train.losses import group_advantages, grpo_loss


class GRPO(TrainingAlgorithm[AdvantageRow]):
    name = "grpo"
    compares_runs = True

    def rows(self, trajectories: list[Trajectory]) -> Round[AdvantageRow]:
        rows: list[AdvantageRow] = []
        skipped = 0
        for group in groups(trajectories):
            if not has_signal(group):
                skipped += 1
                continue
            rewards = torch.tensor([reward(t) for t in group])  # [G]
            advantages = group_advantages(rewards, scale_by_std=self.config.scale_by_std)  # [G]
            for run, advantage in zip(group, advantages.tolist(), strict=True):
                rows += [AdvantageRow(seq, advantage) for seq in training_rows(run, self.config.credit)]
        return Round(rows, [r.tokens for r in rows], skipped)

    def backward(self, rows: Round[AdvantageRow], grad: GradientPass) -> PassStats:
        config = self.config
        advantages = torch.tensor([r.advantage for r in rows.rows])  # [num_rows]
        total = PassStats()
        for micro in grad.micro_batches(rows.sequences):
            logp = grad.policy.token_logprobs(micro.batch)  # [B, T-1]
            ref = grad.policy.reference_logprobs(micro.batch) if config.kl_beta else None
            out = grpo_loss(logp, micro.batch.old_logprobs, advantages[micro.rows], micro.batch.loss_mask, ref,
                            clip_eps=config.clip_eps, kl_beta=config.kl_beta, norm=config.norm)
            grad.backward(out.loss * micro.share)
            total.loss += float(out.loss.detach()) * micro.share
            total.kl += out.kl * micro.share
            total.clip_fraction += out.clip_fraction * micro.share
        return total

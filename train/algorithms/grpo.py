"""GRPO: each run's advantage is its reward against its group's, on a clipped ratio to the
rollout logprobs, plus beta * k3 KL to the frozen reference.

With `--async --max-staleness K >= 1` runs may come from weights up to K steps old, so the
ratio is decoupled (AReaL): clipped against the proximal policy (this step's weights before
its update, computed once in `prepare`), each token weighted by pi_prox / pi_behaviour from
the logprobs recorded at rollout, capped at `behaviour_cap`.
"""

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

    def prepare(self, rows: Round[AdvantageRow], grad: GradientPass) -> None:
        """Decoupled: each row's proximal logprobs and behaviour weights, before any update."""
        self._proximal: list[tuple[torch.Tensor, torch.Tensor]] = []
        """Per row: (pi_prox logprobs, capped pi_prox / pi_behaviour), [len(row) - 1] each."""
        if not self.config.max_staleness:
            return
        for micro in grad.micro_batches(rows.sequences):
            with torch.no_grad():
                prox = grad.policy.token_logprobs(micro.batch)  # [B, T-1]
            weight = torch.exp(prox - micro.batch.old_logprobs).clamp(max=self.config.behaviour_cap)
            weight = torch.where(micro.batch.loss_mask, weight, torch.zeros_like(weight))
            for i, row in enumerate(rows.sequences[micro.rows]):
                n = len(row.token_ids) - 1
                self._proximal.append((prox[i, :n], weight[i, :n]))

    def _decoupled(self, micro_rows: slice, like: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """This micro-batch's proximal logprobs and behaviour weights, padded like `like`."""
        prox, weight = torch.zeros_like(like), torch.zeros_like(like)
        for i, (p, w) in enumerate(self._proximal[micro_rows]):
            prox[i, : len(p)], weight[i, : len(w)] = p, w
        return prox, weight

    def backward(self, rows: Round[AdvantageRow], grad: GradientPass) -> PassStats:
        config = self.config
        advantages = torch.tensor([r.advantage for r in rows.rows])  # [num_rows]
        total = PassStats()
        for micro in grad.micro_batches(rows.sequences):
            logp = grad.policy.token_logprobs(micro.batch)  # [B, T-1]
            ref = grad.policy.reference_logprobs(micro.batch) if config.kl_beta else None
            old, weight = micro.batch.old_logprobs, None
            if config.max_staleness:
                old, weight = self._decoupled(micro.rows, old)
            out = grpo_loss(logp, old, advantages[micro.rows], micro.batch.loss_mask, ref,
                            clip_eps=config.clip_eps, kl_beta=config.kl_beta, norm=config.norm,
                            behaviour_weight=weight)
            grad.backward(out.loss * micro.share)
            total.loss += float(out.loss.detach()) * micro.share
            total.kl += out.kl * micro.share
            total.clip_fraction += out.clip_fraction * micro.share
        return total

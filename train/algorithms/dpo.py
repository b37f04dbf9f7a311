"""DPO on each group's best and worst run: the margin of their summed log-probability
ratios to the frozen reference (adapters off)."""

import torch

from loopwright.agent.trajectory import Trajectory
from loopwright.train.algorithms.base import (
    GradientPass,
    PassStats,
    PreferencePair,
    Round,
    TrainingAlgorithm,
    groups,
    reward,
    training_rows,
)
from loopwright.train.losses import dpo_loss


class DPO(TrainingAlgorithm[PreferencePair]):
    name = "dpo"
    compares_runs = True

    def rows(self, trajectories: list[Trajectory]) -> Round[PreferencePair]:
        pairs: list[PreferencePair] = []
        skipped = 0
        for group in groups(trajectories):
            ranked = sorted(group, key=reward)
            worst, best = ranked[0], ranked[-1]
            chosen, rejected = training_rows(best, self.config.credit), training_rows(worst, self.config.credit)
            if reward(best) == reward(worst) or not chosen or not rejected:
                skipped += 1
                continue
            pairs.append(PreferencePair(chosen, rejected))
        return Round(pairs, [seq for p in pairs for seq in (*p.chosen, *p.rejected)], skipped)

    def backward(self, rows: Round[PreferencePair], grad: GradientPass) -> PassStats:
        """The loss is not a sum over rows (a run's rows add up inside a log-sigmoid), so
        every micro-batch's forward is kept until the one backward at the end."""
        run_of_row = torch.tensor(_run_index(rows.rows))  # [num_rows]: 2k chosen, 2k+1 rejected of pair k
        policy_sum = torch.zeros(2 * len(rows.rows))  # [2P] summed logp of each run
        ref_sum = torch.zeros(2 * len(rows.rows))
        for micro in grad.micro_batches(rows.sequences):
            mask = micro.batch.loss_mask.float()  # [B, T-1]
            runs = run_of_row[micro.rows]  # [B]
            policy_sum = policy_sum.index_add(0, runs, (grad.policy.token_logprobs(micro.batch) * mask).sum(-1))
            ref_sum = ref_sum.index_add(0, runs, (grad.policy.reference_logprobs(micro.batch) * mask).sum(-1))
        loss = dpo_loss(policy_sum[0::2], policy_sum[1::2], ref_sum[0::2], ref_sum[1::2], self.config.dpo_beta)
        grad.backward(loss)
        return PassStats(loss=float(loss.detach()))


def _run_index(pairs: list[PreferencePair]) -> list[int]:
    """The run each row of `Round.sequences` belongs to, in the order `rows` laid them out."""
    return [2 * k + side for k, p in enumerate(pairs) for side, run in enumerate((p.chosen, p.rejected)) for _ in run]

"""SFT (rejection sampling): the negative log-likelihood of the runs that scored at least
`sft_threshold` (at most `sft_per_group` of each group), on their assistant tokens only."""

from collections import Counter

from loopwright.agent.trajectory import TokenSequence, Trajectory
from loopwright.train.algorithms.base import (
    GradientPass,
    PassStats,
    Round,
    TrainingAlgorithm,
    reward,
    training_rows,
)
from loopwright.train.losses import sft_loss


class SFT(TrainingAlgorithm[TokenSequence]):
    name = "sft"

    def rows(self, trajectories: list[Trajectory]) -> Round[TokenSequence]:
        kept = [t for t in trajectories if reward(t) >= self.config.sft_threshold]
        if self.config.sft_per_group:
            kept = first_of_each_group(kept, self.config.sft_per_group)
        rows = [seq for run in kept for seq in training_rows(run, self.config.credit)]
        return Round(rows, rows)

    def backward(self, rows: Round[TokenSequence], grad: GradientPass) -> PassStats:
        total = PassStats()
        for micro in grad.micro_batches(rows.sequences):
            loss = sft_loss(grad.policy.token_logprobs(micro.batch), micro.batch.loss_mask, self.config.norm)
            grad.backward(loss * micro.share)
            total.loss += float(loss.detach()) * micro.share
        return total


def first_of_each_group(runs: list[Trajectory], limit: int) -> list[Trajectory]:
    """The first `limit` runs of each group, in the order given."""
    seen: Counter[str | None] = Counter()
    kept = []
    for run in runs:
        seen[run.group_id] += 1
        if seen[run.group_id] <= limit:
            kept.append(run)
    return kept

"""Dynamic sampling (DAPO): a step keeps drawing tasks until `tasks_per_step` of its groups
can be compared.

A group whose runs all got the same reward has zero advantage everywhere, so a
group-relative algorithm learns nothing from it; as the policy gets better, more groups
pass entirely and a fixed batch shrinks to a few informative groups. After its first
groups, a step draws one fresh task (not yet drawn this step) for each group it is short
and runs them, at most `dynamic_max_rounds` times, so a step costs at most
(1 + dynamic_max_rounds) x tasks_per_step groups and never loops forever. The draws are
seeded from (seed, step, round), so --resume replays them.

The groups without signal stay in the step's runs: the algorithm skips them (counted as
skipped groups), while the log's pass rates and the curriculum see every run the policy
made, not a selection tilted towards half-solved tasks.
"""

from dataclasses import dataclass

from loopwright.agent.trajectory import Trajectory
from loopwright.train.algorithms.base import groups, has_signal


@dataclass(frozen=True, slots=True)
class SamplingCounts:
    """What a step's sampling did, for its log line."""

    drawn: int
    """Groups run this step."""
    kept: int
    """Groups whose runs can be compared (`has_signal`)."""
    replaced: int
    """Groups run in refill rounds, each in place of a group without signal."""


def sampling_counts(runs: list[Trajectory]) -> SamplingCounts:
    step_groups = groups(runs)
    return SamplingCounts(drawn=len(step_groups), kept=sum(map(has_signal, step_groups)),
                          replaced=sum(group[0].draw > 0 for group in step_groups))


def groups_missing(runs: list[Trajectory], wanted: int) -> int:
    """How many more groups with a learning signal the step needs to have `wanted`."""
    return max(0, wanted - sum(map(has_signal, groups(runs))))

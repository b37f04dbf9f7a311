"""What every training algorithm is: typed rows from a round of runs, and the gradient of
its loss on those rows.

The trainer owns everything shared (micro-batching, the guarded backward, AdamW); an
algorithm only says which rows a round yields and how their loss is computed, so adding
one (PPO with a value head, say) is one new file and one registry line.
"""

from abc import ABC, abstractmethod
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Generic, Literal, Protocol, TypeVar

import torch

from loopwright.agent.trajectory import TokenSequence, Trajectory
from loopwright.train.batch import TokenBatch
from loopwright.train.policy import LoraPolicy

if TYPE_CHECKING:
    from loopwright.train.config import TrainConfig

Row = TypeVar("Row")

Credit = Literal["run", "turn"]
"""How a run becomes rows: `run` joins its turns (`Trajectory.sequences`), `turn` makes
each model call its own row (`Trajectory.turn_sequences`); see `training_rows`."""


@dataclass(slots=True, frozen=True)
class AdvantageRow:
    """A policy-gradient row: recorded tokens and the advantage of the run they belong to."""

    tokens: TokenSequence
    advantage: float


@dataclass(slots=True, frozen=True)
class PreferencePair:
    """The rows of a preferred and a dispreferred run; a run spanning several rows scores
    as the sum of its rows' log-probabilities (each row keeps its recorded context)."""

    chosen: list[TokenSequence]
    rejected: list[TokenSequence]


@dataclass(slots=True)
class Round(Generic[Row]):
    """The trainable rows one round of runs gave an algorithm."""

    rows: list[Row]
    sequences: list[TokenSequence]
    """Every token row the loss reads (for the row and token counts of the step)."""
    skipped_groups: int = 0
    """Groups without a learning signal (e.g. equal rewards), counted and left out."""

    def __bool__(self) -> bool:
        return bool(self.rows)


@dataclass(slots=True)
class PassStats:
    """Loss figures of one pass over a round (one inner epoch)."""

    loss: float = 0.0
    kl: float = 0.0
    """Mean KL to the reference over loss tokens, k3 (PPO: its `kl_estimator`); 0 where the
    algorithm has none."""
    clip_fraction: float = 0.0
    """Share of loss tokens whose clipped ratio term was used (0 where nothing clips)."""
    value_loss: float = 0.0
    """PPO: mean clipped value loss over loss tokens (0 elsewhere)."""
    entropy: float = 0.0
    """PPO: mean entropy of the next-token distribution over loss tokens, nats (0 elsewhere)."""
    kl_beta: float = 0.0
    """PPO: the KL weight of this step (it moves when `kl_target` is set; 0 elsewhere)."""
    explained_variance: float = 0.0
    """PPO: how much of the returns' variance the rollout-time values explain (0 elsewhere)."""
    replay_kl: float = 0.0
    """Mean KL(base || policy) per token on the pass's general replay rows (0 without replay;
    `train.general_replay`)."""


@dataclass(slots=True)
class MicroBatch:
    """A slice of a pass's rows, padded, with its share of the full-batch mean."""

    rows: slice
    """Which of the sequences given to `micro_batches` this is."""
    batch: TokenBatch
    share: float
    """Weight of this micro-batch's mean in the mean over all rows (token or row count),
    so accumulated gradients equal one pass over the whole batch."""


class GradientPass(Protocol):
    """What the trainer lends an algorithm for one pass (implemented by `Trainer`)."""

    policy: LoraPolicy

    def micro_batches(self, sequences: list[TokenSequence]) -> Iterator[MicroBatch]:
        """The sequences in micro-batches of `config.micro_batch_rows`."""
        ...

    def backward(self, loss: torch.Tensor) -> None:
        """Accumulates the gradient of `loss`; refuses a non-finite one."""
        ...


class TrainingAlgorithm(ABC, Generic[Row]):
    """One objective: the rows a round yields, and the gradient of their loss."""

    name: ClassVar[str]
    compares_runs: ClassVar[bool] = False
    """True when the signal comes from comparing the runs of a group (needs group_size >= 2)."""
    uses_value_head: ClassVar[bool] = False
    """True when a value head trains beside the adapters (the trainer attaches it to the
    policy before building the optimizer; checkpoints keep it)."""

    def __init__(self, config: "TrainConfig") -> None:
        self.config = config

    @abstractmethod
    def rows(self, trajectories: list[Trajectory]) -> Round[Row]:
        """The typed rows of one round; rows without loss tokens are left out."""

    @abstractmethod
    def backward(self, rows: Round[Row], grad: GradientPass) -> PassStats:
        """Accumulates the gradient of the loss over all `rows` (one pass) and reports it."""

    def prepare(self, rows: Round[Row], grad: GradientPass) -> None:
        """Once per step, before its passes: what must stay fixed across the inner epochs
        (PPO: rollout-time values, advantages, the KL weight). Nothing by default."""

    def state_dict(self) -> dict:
        """What a checkpoint keeps beyond the weights for an exact resume (JSON-able)."""
        return {}

    def load_state_dict(self, state: dict) -> None:
        """Restores what `state_dict` gave; nothing by default."""


def group_key(trajectory: Trajectory) -> str:
    """The group a run belongs to: its group_id, else its task_id, else itself."""
    return trajectory.group_id or trajectory.task_id or trajectory.trace_id


def groups(trajectories: list[Trajectory]) -> list[list[Trajectory]]:
    """Runs grouped by `group_key`, in order of first appearance."""
    by_key: dict[str, list[Trajectory]] = defaultdict(list)
    for traj in trajectories:
        by_key[group_key(traj)].append(traj)
    return list(by_key.values())


def has_signal(group: list[Trajectory]) -> bool:
    """True when the group can be compared: two or more runs, not all with the same reward."""
    return len(group) >= 2 and len({reward(t) for t in group}) > 1


def trainable(sequences: list[TokenSequence]) -> list[TokenSequence]:
    """The rows with at least one loss token."""
    return [s for s in sequences if any(s.loss_mask)]


def training_rows(trajectory: Trajectory, credit: Credit) -> list[TokenSequence]:
    """The rows a run trains as, with loss tokens: the one place every algorithm turns a run
    into rows, so `TrainConfig.credit` means the same to all of them.

    With `turn`, each model call is its own transition (as Agent Lightning trains): shorter
    rows, one per turn, the unit a per-turn value (PPO) attaches to; every row carries the
    run's signal. A turn row gives its tokens the same context they had in the joined row,
    so token-normalised losses agree; sequence normalisation weighs each turn as one row.
    """
    rows = trajectory.turn_sequences() if credit == "turn" else trajectory.sequences()
    return trainable(rows)


def reward(trajectory: Trajectory) -> float:
    """A run's reward, 0 when none was given."""
    return trajectory.reward or 0.0

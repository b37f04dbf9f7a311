"""Training algorithms by name: the one place `TrainConfig.algo` is resolved.

A new algorithm is a `TrainingAlgorithm` subclass in its own file and one name here.
"""

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from loopwright.train.algorithms.base import (
    AdvantageRow,
    GradientPass,
    MicroBatch,
    PassStats,
    PreferencePair,
    Round,
    TrainingAlgorithm,
)
from loopwright.train.algorithms.dpo import DPO
from loopwright.train.algorithms.grpo import GRPO
from loopwright.train.algorithms.ppo import PPO
from loopwright.train.algorithms.sft import SFT

if TYPE_CHECKING:
    from loopwright.train.config import TrainConfig

ALGORITHMS: Mapping[str, type[TrainingAlgorithm]] = MappingProxyType({a.name: a for a in (GRPO, SFT, DPO, PPO)})


def algorithm_class(name: str) -> type[TrainingAlgorithm]:
    """The algorithm called `name`; an unknown name is a ValueError listing the known ones."""
    try:
        return ALGORITHMS[name]
    except KeyError:
        known = list(ALGORITHMS)
        raise ValueError(f"unknown algo {name!r}: use {', '.join(known[:-1])} or {known[-1]}") from None


def make_algorithm(config: "TrainConfig") -> TrainingAlgorithm:
    return algorithm_class(config.algo)(config)


__all__ = [
    "ALGORITHMS", "DPO", "GRPO", "PPO", "SFT", "AdvantageRow", "GradientPass", "MicroBatch", "PassStats",
    "PreferencePair", "Round", "TrainingAlgorithm", "algorithm_class", "make_algorithm",
]

"""What a task generator produces: one task's content, and the family it was drawn from.

A *family* is one skill written several ways (its phrasings): "a rate word problem",
"deduplicate the lines of a file". Families, not single templates, are the unit a suite
is split by, so `test-transfer` can hold families the training never saw.
"""

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

Level = Literal["easy", "medium", "hard"]
LEVELS: tuple[Level, ...] = ("easy", "medium", "hard")


@dataclass(slots=True)
class TaskSpec:
    key: str
    """Content identity, used to drop duplicates across the whole suite."""
    instruction: str
    solution: str
    """The oracle's shell commands (solution/solve.sh); also the SFT demonstration."""
    check: str | None = None
    """A bash condition (exit 0 = reward 1, else 0) run by tests/test.sh."""
    score: str | None = None
    """Instead of `check`: a shell command printing a reward in [0, 1] (partial credit)."""
    tests: dict[str, str] = field(default_factory=dict)
    """Extra files in tests/ besides test.sh."""
    environment: dict[str, str] = field(default_factory=dict)
    """Files copied into /workspace before the run (relative paths, subfolders allowed)."""

    def __post_init__(self) -> None:
        if (self.check is None) == (self.score is None):
            raise ValueError(f"task {self.key!r}: give exactly one of check and score")


Maker = Callable[[random.Random, Level], TaskSpec]
"""Draws one task of a family at a difficulty level; all randomness comes from the rng."""


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    """Short id used in task ids and per-family logs (`rates`, `dedupe-lines`)."""
    make: Maker
    transfer: bool = False
    """True: held out of train and test; only `test-transfer` draws from it."""

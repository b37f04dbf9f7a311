"""Memory across runs: each finished run is distilled into a lesson kept in SQLite; before a
new run the lessons most relevant to its task (BM25) go into its prompt.

The agent graph holds the two memory nodes (`loopwright.agent.memory_nodes`); this package
knows nothing of graphs, so a store can be read and written by the CLI and benches alone.
"""

from dataclasses import dataclass, field
from pathlib import Path

from loopwright.memory.lesson import Distilled, OutcomeSource, distill, lesson_text
from loopwright.memory.prompt import memory_block
from loopwright.memory.store import DEFAULT_PATH, MemoryItem, MemoryStore


@dataclass(slots=True)
class Memory:
    """What a run does with memory: which store, how many items, and whether it reads or writes."""

    store: MemoryStore = field(default_factory=MemoryStore)
    top_k: int = 3
    """Items put into the prompt of a new run (fewer when fewer match)."""
    read: bool = True
    """Recall before the first model turn; off to fill a store without being changed by it."""
    write: bool = True
    """Distill the run into an item after its last turn; off to evaluate without learning."""

    def __post_init__(self) -> None:
        if self.top_k < 1:
            raise ValueError(f"top_k must be >= 1, got {self.top_k}")

    @classmethod
    def at(cls, path: str | Path = DEFAULT_PATH, **settings: object) -> "Memory":
        return cls(MemoryStore(path), **settings)  # type: ignore[arg-type]


__all__ = ["DEFAULT_PATH", "Distilled", "Memory", "MemoryItem", "MemoryStore", "OutcomeSource",
           "distill", "lesson_text", "memory_block"]

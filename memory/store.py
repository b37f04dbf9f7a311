"""The memory store: one SQLite file of distilled runs, searched with FTS5's BM25.

A row is one finished run: its task, what it did (`actions`), what went wrong (`error`),
its outcome and where the outcome came from. SQLite because the checkpointer already lives
in SQLite under `.loopwright/`, a file survives the process, and FTS5 ranks with BM25 in C
(no index to keep in Python memory, no model to load): a search over thousands of items
costs well under a millisecond on this CPU. Every call opens its own connection, so runs on
threads (and other processes) share the file safely; WAL lets readers go on while one writes.
"""

import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from loopwright.memory.lesson import OutcomeSource, lesson_text

DEFAULT_PATH = Path(".loopwright/memory.sqlite")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_s REAL NOT NULL,
    run_id TEXT,
    task_id TEXT,
    task TEXT NOT NULL,
    finish_reason TEXT NOT NULL,
    actions TEXT NOT NULL,
    error TEXT,
    outcome REAL NOT NULL,
    outcome_source TEXT NOT NULL,
    lesson TEXT NOT NULL,
    used INTEGER NOT NULL DEFAULT 0
);
CREATE VIRTUAL TABLE IF NOT EXISTS items_fts USING fts5(task, lesson);
"""
_WORD = re.compile(r"[A-Za-z0-9_]+")


@dataclass(slots=True, frozen=True)
class MemoryItem:
    """One distilled run, as stored."""

    id: int
    created_s: float
    run_id: str | None
    task_id: str | None
    task: str
    finish_reason: str
    actions: str
    """What the run did, in order ('bash `ls` -> ok; finish(answer='4')')."""
    error: str | None
    """The last failed tool call and its error, or why the run stopped."""
    outcome: float
    """Reward in [0, 1]: >= 0.5 counts as a success in the lesson."""
    outcome_source: OutcomeSource
    lesson: str
    used: int
    """Runs whose prompt this item was put into."""
    score: float | None = None
    """BM25 relevance to the last query (higher is closer); None outside a search."""


class MemoryStore:
    """Distilled runs in one SQLite file; `search` returns the most relevant to a task."""

    def __init__(self, path: str | Path = DEFAULT_PATH) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(_SCHEMA)

    def add(self, task: str, *, finish_reason: str, actions: str, error: str | None, outcome: float,
            outcome_source: OutcomeSource, run_id: str | None = None, task_id: str | None = None) -> int:
        """Stores one run; returns its item id."""
        lesson = lesson_text(outcome, outcome_source, finish_reason, actions, error)
        with self._connect() as db:
            cursor = db.execute(
                "INSERT INTO items (created_s, run_id, task_id, task, finish_reason, actions, error, outcome,"
                " outcome_source, lesson) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (time.time(), run_id, task_id, task, finish_reason, actions, error, float(outcome),
                 outcome_source, lesson))
            item_id = int(cursor.lastrowid)
            db.execute("INSERT INTO items_fts (rowid, task, lesson) VALUES (?, ?, ?)", (item_id, task, lesson))
        return item_id

    def set_outcome(self, item_id: int, outcome: float, source: OutcomeSource) -> None:
        """A better judge spoke (the verifier after the run, a person's rating): the outcome
        and the lesson's wording follow it."""
        item = self.get(item_id)
        if item is None:
            raise KeyError(f"no memory item {item_id}")
        lesson = lesson_text(outcome, source, item.finish_reason, item.actions, item.error)
        with self._connect() as db:
            db.execute("UPDATE items SET outcome = ?, outcome_source = ?, lesson = ? WHERE id = ?",
                       (float(outcome), source, lesson, item_id))
            db.execute("UPDATE items_fts SET lesson = ? WHERE rowid = ?", (lesson, item_id))

    def search(self, query: str, k: int = 3) -> list[MemoryItem]:
        """The `k` items whose task and lesson best match `query` by BM25 (ties: newest first)."""
        words = list(dict.fromkeys(w.lower() for w in _WORD.findall(query)))
        if not words or k < 1:
            return []
        match = " OR ".join(f'"{w}"' for w in words)  # quoted: no word is read as FTS5 syntax
        with self._connect() as db:
            rows = db.execute(
                "SELECT items.*, -bm25(items_fts) AS score FROM items_fts JOIN items ON items.id = items_fts.rowid"
                " WHERE items_fts MATCH ? ORDER BY bm25(items_fts), items.id DESC LIMIT ?", (match, k)).fetchall()
        return [_item(row) for row in rows]

    def mark_used(self, item_ids: list[int]) -> None:
        """Counts one more run that saw each of these items."""
        with self._connect() as db:
            db.executemany("UPDATE items SET used = used + 1 WHERE id = ?", [(i,) for i in item_ids])

    def get(self, item_id: int) -> MemoryItem | None:
        with self._connect() as db:
            row = db.execute("SELECT *, NULL AS score FROM items WHERE id = ?", (item_id,)).fetchone()
        return _item(row) if row else None

    def items(self, limit: int | None = None) -> list[MemoryItem]:
        """Newest first."""
        with self._connect() as db:
            rows = db.execute("SELECT *, NULL AS score FROM items ORDER BY id DESC LIMIT ?",
                              (-1 if limit is None else limit,)).fetchall()
        return [_item(row) for row in rows]

    def count(self) -> int:
        with self._connect() as db:
            return int(db.execute("SELECT COUNT(*) FROM items").fetchone()[0])

    def clear(self) -> int:
        """Deletes every item; returns how many there were."""
        with self._connect() as db:
            count = int(db.execute("SELECT COUNT(*) FROM items").fetchone()[0])
            db.execute("DELETE FROM items")
            db.execute("DELETE FROM items_fts")
        return count

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self.path, timeout=30.0)) as db:
            db.row_factory = sqlite3.Row
            with db:  # one transaction: committed on success, rolled back on error
                yield db


def _item(row: sqlite3.Row) -> MemoryItem:
    return MemoryItem(**dict(zip(row.keys(), row, strict=True)))

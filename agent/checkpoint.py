"""Sessions that survive their process: the SQLite checkpointer and the resume decision."""

import sqlite3
from pathlib import Path
from typing import Any

from langchain_core.messages import HumanMessage


def sqlite_checkpointer(path: str | Path) -> Any:
    """A LangGraph SqliteSaver on `path`; a run's thread outlives the process that ran it."""
    from langgraph.checkpoint.sqlite import SqliteSaver

    Path(path).parent.mkdir(parents=True, exist_ok=True)
    return SqliteSaver(sqlite3.connect(str(path), check_same_thread=False))


def fresh_inputs(task: str) -> dict:
    return {"messages": [HumanMessage(task)], "turns": 0, "finish_reason": None, "answer": None}


def start_or_resume(graph: Any, config: dict, task: str) -> dict | None:
    """None (resume) when the checkpointed thread stopped before END, else a fresh start."""
    snapshot = graph.get_state(config)
    if snapshot.values and snapshot.next:
        return None
    return fresh_inputs(task)

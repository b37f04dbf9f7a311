"""Chat sessions are checkpoint threads; this lists them with a readable title."""

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langchain_core.messages import BaseMessage, HumanMessage
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.sqlite import SqliteSaver

from loopwright.tui.agent_run import session_config

TITLE_CHARS = 40


@dataclass(slots=True, frozen=True)
class SessionInfo:
    session_id: str
    title: str


def session_title(messages: list[BaseMessage]) -> str:
    """The first line of the session's first user message, shortened to fit the side panel."""
    first = next((m.text for m in messages if isinstance(m, HumanMessage) and m.text.strip()), "")
    line = first.strip().splitlines()[0] if first.strip() else "(empty)"
    return line if len(line) <= TITLE_CHARS else line[: TITLE_CHARS - 1] + "…"


def list_sessions(graph: Any, checkpointer: BaseCheckpointSaver) -> list[SessionInfo]:
    """Every checkpointed session, most recently updated first."""
    thread_ids = dict.fromkeys(
        item.config["configurable"]["thread_id"] for item in checkpointer.list(None)
    )
    sessions = []
    for thread_id in thread_ids:
        messages = graph.get_state(session_config(thread_id)).values.get("messages") or []
        sessions.append(SessionInfo(thread_id, session_title(messages)))
    return sessions


class SessionStoreError(RuntimeError):
    """The sessions database cannot be opened; the message names the file."""


def open_session_store(db_path: Path) -> SqliteSaver:
    """The SQLite checkpointer holding every chat session, shared by the UI and worker threads."""
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        saver = SqliteSaver(sqlite3.connect(db_path, check_same_thread=False))
        saver.setup()
    except (OSError, sqlite3.Error) as exc:
        raise SessionStoreError(f"cannot open the sessions database {db_path}: {exc}") from exc
    return saver

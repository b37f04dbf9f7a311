"""Builds the chat app around the real agent graph with a scripted model (tests/fixtures/scripted_chat.py)."""

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import AIMessage
from textual.pilot import Pilot

from loopwright.agent import AgentConfig, SandboxManager, build_graph
from loopwright.tui.app import ChatApp
from loopwright.tui.backend import ChatBackend
from loopwright.tui.sandbox_monitor import SandboxMonitor
from loopwright.tui.sessions import open_session_store
from tests.fixtures.counting_sandbox import CountingSandboxFactory
from tests.fixtures.recording_tool import RecordingTool
from tests.fixtures.scripted_chat import ScriptedChatModel

SIZE = (120, 36)
"""Terminal size of the Pilot tests: the approval dialog needs more than 80x24."""


@dataclass
class TimedRecordingTool(RecordingTool):
    """The shared recording tool with a visible duration, so tool panels show one."""

    duration_s: float = 0.25


@dataclass
class ChatHarness:
    app: ChatApp
    model: ScriptedChatModel
    backend: ChatBackend


def build_harness(
    db_path: Path,
    script: list[AIMessage],
    tools: list[RecordingTool] = (),
    *,
    session_id: str | None = "session-1",
    word_delay_s: float = 0.0,
    sandbox_factory: Callable[[], Any] | None = None,
    traced: bool = False,
) -> ChatHarness:
    model = ScriptedChatModel(script=script, word_delay_s=word_delay_s)
    start_sandbox = sandbox_factory if sandbox_factory is not None else CountingSandboxFactory()
    store = open_session_store(db_path)
    monitor = SandboxMonitor("local")
    sandboxes = SandboxManager("local", on_state=monitor.on_sandbox_event,
                               starter=lambda request, session_id: start_sandbox())
    graph = build_graph(model, list(tools), sandboxes, AgentConfig(approval="ask"), store)
    backend = ChatBackend(graph, store, "scripted-model", monitor, sandboxes, traced=traced)
    return ChatHarness(ChatApp(lambda: backend, session_id=session_id), model, backend)


@pytest.fixture
def harness(tmp_path: Path) -> Callable[..., ChatHarness]:
    """Factory: harness(script, tools, **options) -> ChatHarness on a fresh sessions DB."""

    def make(script: list[AIMessage], tools: list[RecordingTool] = (), **options) -> ChatHarness:
        return build_harness(tmp_path / "chat.sqlite", script, tools, **options)

    return make  # nothing to close: the harness's sandboxes are stand-ins (CountingSandboxFactory)


async def wait_for(pilot: Pilot, predicate: Callable[[], bool], what: str, timeout_s: float = 15.0) -> None:
    """Lets the app run until predicate() holds (workers report back asynchronously)."""
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await pilot.pause(0.02)


async def send(pilot: Pilot, text: str) -> None:
    """Types a message into the box and presses enter, once the backend is loaded."""
    app = pilot.app
    await wait_for(pilot, lambda: app.ready, "the backend and the session's history to load")
    app.prompt_input.focus()
    app.prompt_input.insert_text_at_cursor(text)
    await pilot.press("enter")


async def send_and_wait(pilot: Pilot, text: str) -> None:
    """Sends a message and waits until the run is over (answered or cancelled)."""
    await send(pilot, text)
    await wait_for(pilot, lambda: not pilot.app.busy, "the run to end")


async def wait_for_dialog(pilot: Pilot):
    """Waits until the approval dialog is up and its Approve button has focus (keys work)."""
    from loopwright.tui.approval_screen import ApprovalScreen

    def ready() -> bool:
        screen = pilot.app.screen
        return isinstance(screen, ApprovalScreen) and pilot.app.focused is not None and pilot.app.focused.id == "approve"

    await wait_for(pilot, ready, "the approval dialog")
    return pilot.app.screen

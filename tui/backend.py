"""Everything the chat screen needs from the agent side, behind one object.

The app only talks to `ChatBackend`; `loader.load_backend` builds the real one (model,
engine, tools, sandbox, checkpointer) and tests build one around a scripted chat model.
"""

import contextlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from langchain_core.messages import BaseMessage
from langgraph.checkpoint.base import BaseCheckpointSaver

from loopwright.envs.sandbox.base import SandboxError
from loopwright.tui.agent_run import (
    AskApprovals,
    Emit,
    ShouldStop,
    pending_approvals,
    run_agent,
    session_config,
)
from loopwright.tui.events import (
    ApprovalRequest,
    ReplyTurn,
    RunEvent,
    SandboxLost,
    ToolCallFinished,
)
from loopwright.tui.feedback import AnswerFeedback, FeedbackError, FeedbackStore
from loopwright.tui.sandbox_monitor import SandboxMonitor
from loopwright.tui.sessions import SessionInfo, list_sessions

if TYPE_CHECKING:
    from loopwright.agent import SandboxManager

SANDBOX_FAILED_PREFIX = "The sandbox failed:"
"""How `loopwright.tools` words the observation of a tool whose sandbox raised SandboxError."""


@dataclass(slots=True)
class ChatBackend:
    graph: Any
    """The compiled LangGraph agent (with a checkpointer)."""
    checkpointer: BaseCheckpointSaver
    """Where sessions live; listed for the side panel."""
    model_name: str
    """Shown in the status bar."""
    sandbox: SandboxMonitor | None = None
    """The sandboxes' state for the status bar, or None when the graph has no sandbox."""
    sandboxes: "SandboxManager | None" = None
    """Owner of the sessions' sandboxes (the one the graph was built with); closed with the app."""
    traced: bool = False
    """Wrap each run in an `invoke_agent` span (tracing must be set up)."""
    feedback: FeedbackStore | None = None
    """Where ratings and corrections of answers go (the traces' folder); None: not kept."""

    def run_agent(
        self, session_id: str, run_input: Any, emit: Emit, should_stop: ShouldStop, ask: AskApprovals
    ) -> None:
        """Runs the agent on one message in the calling (worker) thread; see `agent_run.run_agent`."""
        def watch_sandbox(event: RunEvent) -> None:
            if isinstance(event, ToolCallFinished) and event.output.startswith(SANDBOX_FAILED_PREFIX):
                self._forget_sandbox(session_id)
                emit(SandboxLost(f"{event.output} A fresh sandbox starts with the next tool call."))
            emit(event)

        run_agent(
            self.graph,
            session_id,
            run_input,
            watch_sandbox,
            should_stop,
            ask,
            traced=self.traced,
            on_error=lambda exc: self._recover(session_id, exc),
        )

    def _recover(self, session_id: str, exc: Exception) -> None:
        """After a dead sandbox, forget it so the next tool call starts a fresh one."""
        if isinstance(exc, SandboxError):
            self._forget_sandbox(session_id)

    def _forget_sandbox(self, session_id: str) -> None:
        """Drops a dead sandbox (closing what is left of it) so the next call makes a new one."""
        if self.sandboxes is not None:
            with contextlib.suppress(Exception):  # closing a dead sandbox may fail too; it is gone anyway
                self.sandboxes.close_session(session_id)
        if self.sandbox is not None:
            self.sandbox.set_state("failed")

    def history(self, session_id: str) -> tuple[list[BaseMessage], list[ApprovalRequest]]:
        """A session's messages and the approvals it is paused on."""
        values = self.graph.get_state(session_config(session_id)).values
        return list(values.get("messages") or []), pending_approvals(self.graph, session_id)

    @property
    def keeps_feedback(self) -> bool:
        """Whether ratings and corrections can be recorded (runs are traced to a folder)."""
        return self.feedback is not None and self.traced

    def rate(self, session_id: str, turn: ReplyTurn, reward: float) -> None:
        """Records a rating of one answer in the session's trace (raises FeedbackError)."""
        self._feedback().rate(session_id, turn, reward)

    def correct(self, session_id: str, turn: ReplyTurn, text: str) -> None:
        """Records a correction of one answer beside the model's (raises FeedbackError)."""
        self._feedback().correct(session_id, turn, text)

    def session_feedback(self, session_id: str) -> dict[str, AnswerFeedback]:
        """The recorded ratings and corrections of a session's answers, by message id."""
        return self.feedback.session_feedback(session_id) if self.feedback is not None else {}

    def _feedback(self) -> FeedbackStore:
        if not self.keeps_feedback or self.feedback is None:
            raise FeedbackError("this chat keeps no traces, so ratings and corrections have nowhere to go")
        return self.feedback

    def sessions(self) -> list[SessionInfo]:
        return list_sessions(self.graph, self.checkpointer)

    def close(self) -> None:
        """Closes every sandbox this process opened."""
        if self.sandboxes is not None:
            self.sandboxes.close()
        if self.sandbox is not None and self.sandbox.state != "none":
            self.sandbox.set_state("closed")

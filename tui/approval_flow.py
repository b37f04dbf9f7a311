"""Asks about a run's pending approvals, one dialog at a time, then wakes the waiting worker.

The run's worker thread blocks on `decided` (a Future) while the dialogs are up on the
UI thread; every decision, keyed by interrupt id, is handed over at once.
"""

from collections.abc import Callable
from concurrent.futures import Future

from textual.app import App

from loopwright.tui.approval_screen import ApprovalScreen
from loopwright.tui.events import ApprovalRequest

DECISION_STATUS = {"approve": "approved, running…", "edit": "edited, running…", "deny": "denied"}
"""What a tool panel's title says once its call was decided."""

MarkCall = Callable[[str, str], None]
"""(tool call id, status text) -> None: shows a call's approval state in its panel."""


class ApprovalFlow:
    def __init__(self, app: App, mark_call: MarkCall, on_done: Callable[[], None]) -> None:
        self._app = app
        self._mark_call = mark_call
        self._on_done = on_done
        """Called on the UI thread once every request of a pause is decided."""
        self._requests: list[ApprovalRequest] = []
        self._decisions: dict[str, dict] = {}
        self._decided: Future | None = None

    def start(self, requests: list[ApprovalRequest], decided: Future) -> None:
        """Shows the first dialog; `decided` gets {interrupt id: resume payload} at the end."""
        self._requests, self._decisions, self._decided = list(requests), {}, decided
        for request in requests:
            self._mark_call(request.tool_call.get("id") or "", "awaiting approval")
        self._ask_next()

    def _ask_next(self) -> None:
        pending = [r for r in self._requests if r.interrupt_id not in self._decisions]
        if pending:
            self._app.push_screen(ApprovalScreen(pending[0]), callback=self._decided_one)
            return
        decided, decisions = self._decided, self._decisions
        self._reset()
        self._on_done()
        if decided is not None:
            decided.set_result(decisions)

    def _decided_one(self, decision: dict | None) -> None:
        request = next(r for r in self._requests if r.interrupt_id not in self._decisions)
        decision = decision or {"action": "deny", "args": None, "reason": "denied by the user"}
        self._decisions[request.interrupt_id] = decision
        self._mark_call(request.tool_call.get("id") or "", DECISION_STATUS[decision["action"]])
        self._ask_next()

    def drop(self) -> None:
        """Closes the dialog after a cancel; the worker, seeing the stop, denies the calls."""
        if isinstance(self._app.screen, ApprovalScreen):
            self._app.pop_screen()
        self._reset()

    def leave_pending(self) -> bool:
        """On quit: wakes the worker without decisions so the run stays paused for a resume."""
        if self._decided is None:
            return False
        self._decided.cancel()
        return True

    def _reset(self) -> None:
        self._requests, self._decisions, self._decided = [], {}, None

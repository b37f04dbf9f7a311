"""`loopwright chat`: the Textual app wiring the widgets to the agent backend.

The model load and every agent run go to thread workers and report back with
`call_from_thread`, so the UI thread never waits on the model, the sandbox or SQLite.
"""

import threading
import uuid
from collections.abc import Callable
from concurrent.futures import CancelledError, Future

from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Input
from textual.worker import get_current_worker

from loopwright.tui.agent_run import RunAbandoned, new_run_input
from loopwright.tui.approval_flow import ApprovalFlow
from loopwright.tui.assistant_message import AssistantMessage
from loopwright.tui.backend import ChatBackend
from loopwright.tui.conversation import Conversation
from loopwright.tui.correction_screen import CorrectionScreen
from loopwright.tui.events import (
    ApprovalRequest,
    AssistantReply,
    RunEnded,
    RunEvent,
    RunFailed,
    SandboxLost,
    TokenDelta,
    TraceStarted,
    TurnCountChanged,
    UserText,
)
from loopwright.tui.feedback import AnswerFeedback, FeedbackError
from loopwright.tui.help_screen import HelpScreen
from loopwright.tui.prompt_input import PromptInput
from loopwright.tui.sandbox_monitor import SandboxState
from loopwright.tui.sessions_panel import SessionsPanel
from loopwright.tui.status_bar import StatusBar
from loopwright.tui.translate import message_events

APPROVAL_POLL_S = 0.05
"""How often a worker waiting for approvals checks whether the run was cancelled."""


def new_session_id() -> str:
    return uuid.uuid4().hex[:12]


class ChatApp(App[None]):
    """Conversation on the right, sessions on the left, live figures on top."""

    CSS_PATH = "chat.tcss"
    TITLE = "loopwright chat"
    BINDINGS = [
        Binding("ctrl+c", "cancel_run", "Cancel run", priority=True),
        Binding("ctrl+n", "new_session", "New session", priority=True),
        Binding("ctrl+l", "clear_view", "Clear view", priority=True),
        Binding("ctrl+y", "copy_answer", "Copy answer", priority=True),
        Binding("ctrl+b", "toggle_sessions", "Sessions"),
        Binding("f1", "help", "Help"),
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]

    def __init__(self, load_backend: Callable[[], ChatBackend], session_id: str | None = None) -> None:
        super().__init__()
        self._load_backend = load_backend
        self.backend: ChatBackend | None = None
        self.load_error: str | None = None
        self.session_id = session_id or new_session_id()
        self._resume_on_load = session_id is not None
        self._history_pending = False
        """A session's history is being replayed; a message sent now would be wiped by it."""
        self.last_answer: str | None = None
        self.busy = False
        """A run is going on or waiting for approvals (a plain flag: nothing redraws on it)."""
        self._run_id = 0
        self._stop = threading.Event()
        self._run_lock = threading.Lock()
        """One graph run per app at a time; a cancelled run still unwinding holds it."""
        self.approvals = ApprovalFlow(self, self._mark_call, self._approvals_done)

    def compose(self) -> ComposeResult:
        yield StatusBar(id="status")
        with Horizontal(id="body"):
            yield SessionsPanel(id="sessions")
            with Vertical(id="chat"):
                yield Conversation(id="conversation")
                yield PromptInput(id="prompt")
        yield Footer()

    @property
    def status(self) -> StatusBar:
        return self.query_one(StatusBar)

    @property
    def conversation(self) -> Conversation:
        return self.query_one(Conversation)

    @property
    def prompt_input(self) -> PromptInput:
        return self.query_one(PromptInput)

    def on_mount(self) -> None:
        """Starts loading the model in the background; the UI is usable meanwhile."""
        self._ui_thread = threading.get_ident()
        self.status.activity = "loading model…"
        self.prompt_input.focus()
        self.load_backend()

    # ── background work ─────────────────────────────────────────────────────────

    @work(thread=True, group="load", exit_on_error=False)
    def load_backend(self) -> None:
        """Builds the backend (model load, engine, graph) off the UI thread."""
        try:
            backend = self._load_backend()
        except Exception as exc:
            self.call_from_thread(self._backend_failed, f"Could not load the model: {exc}")
            return
        self.call_from_thread(self._backend_ready, backend)

    @work(thread=True, group="run", exit_on_error=False)
    def run_agent(self, run_id: int, session_id: str, run_input: object, stop: threading.Event) -> None:
        """Runs the agent on one message; events come back to the UI thread tagged with the run."""
        assert self.backend is not None
        worker = get_current_worker()

        def should_stop() -> bool:
            return stop.is_set() or worker.is_cancelled

        def emit(event: RunEvent) -> None:
            self.call_from_thread(self._apply_event, run_id, event)

        def ask(requests: list[ApprovalRequest]) -> dict[str, dict] | None:
            decided: Future[dict[str, dict]] = Future()
            self.call_from_thread(self._ask_approvals, run_id, requests, decided)
            while not should_stop():
                try:
                    return decided.result(timeout=APPROVAL_POLL_S)
                except TimeoutError:
                    continue
                except CancelledError:
                    raise RunAbandoned from None
            return None

        with self._run_lock:
            self.backend.run_agent(session_id, run_input, emit, should_stop, ask)

    @work(thread=True, group="sessions", exclusive=True, exit_on_error=False)
    def refresh_sessions(self) -> None:
        """Re-reads the session list from the checkpointer."""
        if self.backend is None:
            return
        sessions = self.backend.sessions()
        self.call_from_thread(self.query_one(SessionsPanel).show_sessions, sessions, self.session_id)

    @property
    def ready(self) -> bool:
        """The backend is loaded and no history replay is pending: a message can be sent."""
        return self.backend is not None and not self._history_pending

    def replay_history(self, session_id: str) -> None:
        """Shows a checkpointed session; sending waits until it is on screen."""
        self._history_pending = True
        self.load_history(session_id)

    @work(thread=True, group="history", exclusive=True, exit_on_error=False)
    def load_history(self, session_id: str) -> None:
        """Reads a checkpointed session and replays it into the view."""
        assert self.backend is not None
        try:
            with self._run_lock:
                messages, approvals = self.backend.history(session_id)
        except Exception as exc:  # a corrupt or locked sessions DB must not wedge the input
            self.call_from_thread(self._history_failed, session_id, f"Could not load the session: {exc}")
            return
        events = [event for message in messages for event in message_events(message)]
        try:
            feedback = self.backend.session_feedback(session_id)
        except Exception as exc:  # unreadable traces: the session still shows, without its ratings
            feedback = {}
            self.call_from_thread(self.notify, f"Could not read the ratings: {exc}", severity="warning")
        self.call_from_thread(self._show_history, session_id, events, approvals, feedback)

    @work(thread=True, group="feedback", exit_on_error=False)
    def record_feedback(self, answer: AssistantMessage, session_id: str, reward: float | None,
                        correction: str | None) -> None:
        """Appends a rating or a correction to the session's trace (file I/O, off the UI thread)."""
        assert self.backend is not None and answer.turn is not None
        try:
            if reward is not None:
                self.backend.rate(session_id, answer.turn, reward)
            if correction is not None:
                self.backend.correct(session_id, answer.turn, correction)
        except (FeedbackError, ValueError, OSError) as exc:
            self.call_from_thread(self.notify, f"Not recorded: {exc}", title="Feedback", severity="error")
            return
        self.call_from_thread(answer.show_feedback, reward, correction)

    # ── results arriving on the UI thread ───────────────────────────────────────

    def _backend_ready(self, backend: ChatBackend) -> None:
        self.backend = backend
        self.conversation.rateable = backend.keeps_feedback
        self.status.model = backend.model_name
        if backend.sandbox is not None:
            backend.sandbox.listener = self._sandbox_changed
            self.status.sandbox = f"{backend.sandbox.kind} {backend.sandbox.state}"
        self.status.activity = "ready"
        if self._resume_on_load:
            self.replay_history(self.session_id)
        self.refresh_sessions()

    def _history_failed(self, session_id: str, message: str) -> None:
        if session_id == self.session_id:
            self._history_pending = False
        self.conversation.add_notice(message, error=True)

    def _backend_failed(self, message: str) -> None:
        self.load_error = message
        self.status.activity = "model failed"
        self.conversation.add_notice(message, error=True)
        self.notify(message, title="Model", severity="error", timeout=15)

    def _sandbox_changed(self, state: SandboxState) -> None:
        """Called from a graph thread (or this one, on close) when the sandbox changes."""
        if threading.get_ident() == self._ui_thread:
            self._show_sandbox(state)
        else:
            self.call_from_thread(self._show_sandbox, state)

    def _show_sandbox(self, state: SandboxState) -> None:
        kind = self.backend.sandbox.kind if self.backend and self.backend.sandbox else "sandbox"
        self.status.sandbox = f"{kind} {state}"

    def _show_history(self, session_id: str, events: list[RunEvent], approvals: list[ApprovalRequest],
                      feedback: dict[str, AnswerFeedback]) -> None:
        if session_id != self.session_id:
            return
        self._history_pending = False
        self.conversation.clear_view()
        for event in events:
            self._render(event)
        self.conversation.finish_reply()
        self.conversation.show_feedback(feedback)
        if approvals:
            self._start_run(None)  # continues the paused run: its worker asks again
        self.refresh_sessions()

    def _apply_event(self, run_id: int, event: RunEvent) -> None:
        """Shows one event of the current run; events of abandoned runs are dropped."""
        if run_id != self._run_id:
            return
        match event:
            case RunEnded():
                self._run_ended(event)
            case SandboxLost(message=message):
                self.conversation.add_notice(message, error=True)
                self.notify(message, title="Sandbox", severity="error", timeout=10)
            case RunFailed(message=message):
                self.conversation.finish_reply(note="(stopped by an error)")
                self.conversation.add_notice(message, error=True)
                self.notify(message, title="Error", severity="error", timeout=10)
                self._set_idle()
            case _:
                self._render(event)

    def _render(self, event: RunEvent) -> None:
        """Draws an event that is part of the conversation (live or replayed)."""
        self.conversation.show(event)
        match event:
            case TokenDelta():
                self.status.count_token()
            case AssistantReply():
                self.status.show_reply(event)
                if event.text.strip():
                    self.last_answer = event.text
            case TurnCountChanged(turns=turns):
                self.status.turns = turns
            case TraceStarted(trace_id=trace_id):
                self.status.trace_id = trace_id

    def _run_ended(self, ended: RunEnded) -> None:
        self.conversation.finish_reply()
        if ended.answer and ended.answer != self.last_answer:
            self.last_answer = ended.answer
            self.conversation.add_notice(f"✔ {ended.answer}")
        self._set_idle()
        self.refresh_sessions()

    def _set_idle(self) -> None:
        self.busy = False
        self.status.activity = "ready"

    # ── approvals ───────────────────────────────────────────────────────────────

    def _ask_approvals(self, run_id: int, requests: list[ApprovalRequest], decided: Future) -> None:
        """Called by a waiting worker; ignored if its run was cancelled meanwhile."""
        if run_id != self._run_id:
            return
        self.status.activity = "awaiting approval"
        self.approvals.start(requests, decided)

    def _mark_call(self, call_id: str, status: str) -> None:
        panel = self.conversation.tool_panel(call_id)
        if panel is not None:
            panel.set_status(status)

    def _approvals_done(self) -> None:
        self.status.activity = "generating…"

    # ── ratings and corrections ─────────────────────────────────────────────────

    def on_assistant_message_rated(self, message: AssistantMessage.Rated) -> None:
        """An answer was marked good or bad (key or button)."""
        if self.backend is not None:
            self.record_feedback(message.answer, self.session_id, message.reward, None)

    def on_assistant_message_correction_requested(self, message: AssistantMessage.CorrectionRequested) -> None:
        """Opens the editor on what the model wrote; a saved correction goes to the trace."""
        answer, session_id = message.answer, self.session_id
        if self.backend is None or answer.turn is None:
            return

        def saved(text: str | None) -> None:
            if text is not None and session_id == self.session_id:
                self.record_feedback(answer, session_id, None, text)

        self.push_screen(CorrectionScreen(answer.correction or answer.turn.raw_text), saved)

    # ── runs ────────────────────────────────────────────────────────────────────

    def _start_run(self, run_input: object) -> None:
        """Starts a worker for one user message (None continues a run paused on approvals)."""
        self._run_id += 1
        self._stop = threading.Event()
        self.busy = True
        self.status.activity = "generating…"
        self.run_agent(self._run_id, self.session_id, run_input, self._stop)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Sends the message; if it cannot be sent now, it stays in the box."""
        text = event.value.strip()
        if not text:
            return
        if not self.ready:
            reason = self.load_error or "Still loading (model or session); send again in a moment."
            self.notify(reason, severity="warning")
            return
        if self.busy:
            self.notify("The agent is still running: wait for it, or press ctrl+c to cancel the run.", severity="warning")
            return
        self.prompt_input.remember(text)
        self.prompt_input.value = ""
        self._render(UserText(text))
        self._start_run(new_run_input(text))

    def _cancel_run(self) -> bool:
        """Stops the current run at once; returns whether there was one."""
        if not self.busy:
            return False
        self._stop.set()  # the worker denies pending approvals and stops at the next token
        self.workers.cancel_group(self, "run")
        self.approvals.drop()
        self._run_id += 1
        self.conversation.finish_reply(note="⏹ cancelled")
        self._set_idle()
        return True

    # ── actions ─────────────────────────────────────────────────────────────────

    def action_cancel_run(self) -> None:
        """Cancels the current run; the app and the session stay usable."""
        if self._cancel_run():
            self.conversation.add_notice("Run cancelled.")
        else:
            self.notify("Nothing to cancel (ctrl+q quits).")

    def action_new_session(self) -> None:
        """Starts an empty session (the current one stays in the list)."""
        self._cancel_run()
        self._switch_to(new_session_id())
        self.refresh_sessions()

    def _switch_to(self, session_id: str) -> None:
        self.session_id = session_id
        self.last_answer = None
        self.conversation.clear_view()
        self.status.turns, self.status.trace_id, self.status.context_tokens = 0, "", None

    def on_sessions_panel_selected(self, message: SessionsPanel.Selected) -> None:
        """Resumes a checkpointed session."""
        if message.session_id == self.session_id or self.backend is None:
            return
        self._cancel_run()
        self._switch_to(message.session_id)
        self.replay_history(message.session_id)

    def on_sessions_panel_new_requested(self, message: SessionsPanel.NewRequested) -> None:
        """The panel's New button."""
        self.action_new_session()

    def action_clear_view(self) -> None:
        """Clears the view only; the session keeps its history."""
        self.conversation.clear_view()

    def action_copy_answer(self) -> None:
        """Copies the last answer to the clipboard (OSC 52)."""
        if self.last_answer is None:
            self.notify("No answer to copy yet.", severity="warning")
            return
        self.copy_to_clipboard(self.last_answer)
        self.notify("Copied the last answer.")

    def action_toggle_sessions(self) -> None:
        """Shows or hides the sessions panel."""
        panel = self.query_one(SessionsPanel)
        panel.display = not panel.display

    def action_help(self) -> None:
        """Shows the key bindings."""
        self.push_screen(HelpScreen())

    async def action_quit(self) -> None:
        """Stops the run (a pending approval stays pending for a resume), closes sandboxes, exits."""
        if not self.approvals.leave_pending():
            self._stop.set()
        if self.backend is not None:
            self.backend.close()
        self.exit()

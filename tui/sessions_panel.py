"""The side panel: checkpointed sessions to resume, and a button for a new one."""

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Button, Label, ListItem, ListView

from loopwright.tui.sessions import SessionInfo


class SessionItem(ListItem):
    """One session; its id rides along since ids need not be valid widget ids."""

    def __init__(self, session: SessionInfo, current: bool) -> None:
        marker = "● " if current else "  "
        super().__init__(Label(Text(marker + session.title)), classes="-current" if current else "")
        self.session_id = session.session_id


class SessionsPanel(Vertical):
    """Lists sessions (newest first); selecting one asks the app to resume it."""

    class Selected(Message):
        def __init__(self, session_id: str) -> None:
            super().__init__()
            self.session_id = session_id

    class NewRequested(Message):
        """The person asked for a fresh session."""

    def compose(self) -> ComposeResult:
        yield Label("Sessions", classes="panel-title")
        yield Button("+ New session", id="new-session", compact=True)
        yield ListView(id="session-list")

    def show_sessions(self, sessions: list[SessionInfo], current: str | None) -> None:
        """Replaces the list; the current session is marked."""
        view = self.query_one(ListView)
        view.clear()
        view.extend(SessionItem(s, s.session_id == current) for s in sessions)

    def on_list_view_selected(self, event: ListView.Selected) -> None:
        """Resumes the chosen session."""
        event.stop()
        if isinstance(event.item, SessionItem):
            self.post_message(self.Selected(event.item.session_id))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Starts a new session."""
        event.stop()
        self.post_message(self.NewRequested())

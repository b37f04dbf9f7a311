"""The message box, with shell-like history on up/down."""

from textual.binding import Binding
from textual.widgets import Input


class PromptInput(Input):
    """An `Input` that remembers sent messages; up/down walk back and forth through them."""

    BINDINGS = [
        Binding("up", "history_previous", "Previous message", show=False),
        Binding("down", "history_next", "Next message", show=False),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(placeholder="Message the agent · Enter sends · F1 help", **kwargs)
        self._history: list[str] = []
        self._cursor = 0
        """Index into history; len(history) means the draft being typed."""
        self._draft = ""

    def remember(self, text: str) -> None:
        """Adds a sent message to the history and returns to an empty draft."""
        if text and (not self._history or self._history[-1] != text):
            self._history.append(text)
        self._cursor = len(self._history)
        self._draft = ""

    def _show(self, text: str) -> None:
        self.value = text
        self.cursor_position = len(text)

    def action_history_previous(self) -> None:
        """Shows the message sent before the one shown (keeps the draft)."""
        if self._cursor == 0:
            return
        if self._cursor == len(self._history):
            self._draft = self.value
        self._cursor -= 1
        self._show(self._history[self._cursor])

    def action_history_next(self) -> None:
        """Shows the next message, and the draft again past the newest."""
        if self._cursor >= len(self._history):
            return
        self._cursor += 1
        self._show(self._draft if self._cursor == len(self._history) else self._history[self._cursor])

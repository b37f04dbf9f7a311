"""The assistant's reply: plain text while it streams, Markdown once complete.

Re-parsing Markdown on every token would cost a full re-render per token; plain text
keeps streaming cheap and the final render happens once.
"""

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Markdown, Static

CURSOR = "▌"


class AssistantMessage(Vertical):
    """One model reply in the conversation."""

    def __init__(self) -> None:
        super().__init__()
        self.border_title = "loopwright"
        self.text = ""
        self.complete = False
        self._streaming = Static(Text(CURSOR), classes="streaming")

    def compose(self) -> ComposeResult:
        yield self._streaming

    def append(self, delta: str) -> None:
        """Adds streamed text."""
        self.text += delta
        self._streaming.update(Text(self.text + CURSOR))

    def finish(self, text: str | None = None, note: str | None = None) -> None:
        """Renders the final text as Markdown, with an optional note (e.g. 'cancelled')."""
        if self.complete:
            return
        self.complete = True
        self.text = self.text if text is None else text
        self._streaming.remove()
        self.mount(Markdown(self.text or "*(no text)*"))
        if note:
            self.mount(Static(Text(note), classes="note"))

"""Edits an answer into what the model should have written; dismisses with the text or None.

The editor starts from the model's own text, tool-call markup (a ```bash block or a
`<tool_call>` JSON) included, so a wrong tool call is corrected the same way as a wrong
sentence. The model's answer itself is never changed: the correction is kept beside it.
"""

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static, TextArea


class CorrectionScreen(ModalScreen[str | None]):
    """Modal editor for one answer's correction."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save correction"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, original: str) -> None:
        super().__init__()
        self.original = original

    def compose(self) -> ComposeResult:
        with Vertical(id="correction-dialog"):
            yield Label(Text("Correct the answer (tool calls too): what should the model have written?"),
                        id="correction-title")
            yield TextArea(self.original, id="correction-text", soft_wrap=True)
            yield Static("", id="correction-error")
            with Horizontal(id="correction-buttons"):
                yield Button("Save (ctrl+s)", id="save", variant="success")
                yield Button("Cancel (esc)", id="cancel")

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_save() if event.button.id == "save" else self.action_cancel()

    def action_save(self) -> None:
        """Keeps the edited text as the correction; an empty or unchanged one is refused."""
        text = self.query_one(TextArea).text.strip()
        if not text or text == self.original.strip():
            self.query_one("#correction-error", Static).update(Text("Edit the answer first (or esc to cancel)."))
            return
        self.dismiss(text)

    def action_cancel(self) -> None:
        """Leaves the answer as it was."""
        self.dismiss(None)

"""The key bindings, read from the app so the list cannot drift from the code."""

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from loopwright.tui.approval_screen import ApprovalScreen
from loopwright.tui.assistant_message import AssistantMessage
from loopwright.tui.prompt_input import PromptInput

KEY_COLUMN = 14


def bindings_text(title: str, bindings: list[Binding], key_display: Callable[[Binding], str]) -> Text:
    """A titled two-column list: key, what it does."""
    text = Text(title + "\n", style="bold")
    for binding in bindings:
        text.append(key_display(binding).ljust(KEY_COLUMN), style="bold cyan")
        text.append(binding.description + "\n")
    return text


class HelpScreen(ModalScreen[None]):
    """Lists the app's, the message box's, the approval dialog's and an answer's bindings."""

    BINDINGS = [Binding("escape,f1,q", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        key_display = self.app.get_key_display
        message_box = [Binding("enter", "", "Send the message"), *PromptInput.BINDINGS]
        with Vertical(id="help-dialog"):
            yield Label("loopwright chat · keys", id="help-title")
            yield Static(bindings_text("Chat", self.app.BINDINGS, key_display))
            yield Static(bindings_text("Message box", message_box, key_display))
            yield Static(bindings_text("Approval dialog", ApprovalScreen.BINDINGS, key_display))
            yield Static(bindings_text("An answer (tab or click to focus it)", AssistantMessage.BINDINGS, key_display))
            yield Label("Esc closes this screen", classes="hint")

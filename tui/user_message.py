"""A message the person sent, as shown in the conversation."""

from rich.text import Text
from textual.widgets import Static


class UserMessage(Static):
    """The user's text, verbatim (no markup is interpreted)."""

    def __init__(self, text: str) -> None:
        super().__init__(Text(text))
        self.border_title = "you"

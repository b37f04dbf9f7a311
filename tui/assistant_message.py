"""The assistant's reply: plain text while it streams, Markdown once complete, then a bar to
rate it or correct it.

Re-parsing Markdown on every token would cost a full re-render per token; plain text
keeps streaming cheap and the final render happens once. Only a finished reply with
recorded token ids gets the feedback bar: those ids are what a rating trains.
"""

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, Markdown, Static

from loopwright.tui.events import ReplyTurn

CURSOR = "▌"


class AssistantMessage(Vertical, can_focus=True):
    """One model reply in the conversation; focus it (click or tab) to rate it with keys."""

    BINDINGS = [
        Binding("g", "rate(1.0)", "Good answer"),
        Binding("b", "rate(-1.0)", "Bad answer"),
        Binding("e", "correct", "Correct answer"),
    ]

    class Rated(Message):
        """The person rated this answer (reward 1.0 good, -1.0 bad)."""

        def __init__(self, answer: "AssistantMessage", reward: float) -> None:
            super().__init__()
            self.answer = answer
            self.reward = reward

    class CorrectionRequested(Message):
        """The person wants to correct this answer."""

        def __init__(self, answer: "AssistantMessage") -> None:
            super().__init__()
            self.answer = answer

    def __init__(self) -> None:
        super().__init__()
        self.border_title = "loopwright"
        self.text = ""
        self.complete = False
        self.turn: ReplyTurn | None = None
        """The model turn this reply is; None while streaming or when it cannot be rated."""
        self.reward: float | None = None
        self.correction: str | None = None
        self._streaming = Static(Text(CURSOR), classes="streaming")
        self._feedback = Static(classes="feedback")
        self._correction = Static(classes="correction")

    def compose(self) -> ComposeResult:
        yield self._streaming

    def append(self, delta: str) -> None:
        """Adds streamed text."""
        self.text += delta
        self._streaming.update(Text(self.text + CURSOR))

    def finish(self, text: str | None = None, note: str | None = None, turn: ReplyTurn | None = None) -> None:
        """Renders the final text as Markdown, with an optional note (e.g. 'cancelled'); a
        reply with a `turn` gets the buttons to rate and correct it."""
        if self.complete:
            return
        self.complete = True
        self.text = self.text if text is None else text
        self._streaming.remove()
        self.mount(Markdown(self.text or "*(no text)*"))
        if note:
            self.mount(Static(Text(note), classes="note"))
        if turn is not None:
            self.turn = turn
            self.mount(self._correction, self._feedback)
            self.mount(Horizontal(
                Button("👍 good", id="rate-good", compact=True),
                Button("👎 bad", id="rate-bad", compact=True),
                Button("✎ correct", id="correct", compact=True),
                classes="feedback-bar",
            ))
            self._correction.display = False
            self._refresh_feedback()

    def show_feedback(self, reward: float | None = None, correction: str | None = None) -> None:
        """Shows a recorded rating and correction (the model's text stays above it)."""
        if reward is not None:
            self.reward = reward
        if correction is not None:
            self.correction = correction
        self._refresh_feedback()

    def _refresh_feedback(self) -> None:
        if self.reward is None:
            self._feedback.update(Text("rate: g good · b bad · e correct", style="dim"))
        else:
            self._feedback.update(Text("rated 👍 good" if self.reward > 0 else "rated 👎 bad"))
        self.set_class(self.reward is not None and self.reward > 0, "-good")
        self.set_class(self.reward is not None and self.reward < 0, "-bad")
        if self.correction is not None:
            self._correction.update(Text(f"✎ correction (kept beside the model's answer):\n{self.correction}"))
            self._correction.display = True

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """The feedback bar's buttons do what the keys do."""
        event.stop()
        if event.button.id == "correct":
            self.action_correct()
        else:
            self.action_rate(1.0 if event.button.id == "rate-good" else -1.0)

    def action_rate(self, reward: float) -> None:
        """Marks the answer good (1.0) or bad (-1.0); the app records it in the trace."""
        if self.turn is not None:
            self.post_message(self.Rated(self, reward))

    def action_correct(self) -> None:
        """Opens the editor with what the model wrote (tool calls included)."""
        if self.turn is not None:
            self.post_message(self.CorrectionRequested(self))

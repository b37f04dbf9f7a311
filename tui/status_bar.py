"""One line of live figures: model, speed, context, sandbox, model turns, trace, activity."""

import time

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static

from loopwright.tui.events import AssistantReply


class StatusBar(Static):
    """Redraws itself whenever one of its figures changes."""

    model: reactive[str] = reactive("…")
    tokens_per_s: reactive[float | None] = reactive(None)
    context_tokens: reactive[int | None] = reactive(None)
    sandbox: reactive[str] = reactive("none")
    turns: reactive[int] = reactive(0)
    """Model turns the current run has taken."""
    trace_id: reactive[str] = reactive("")
    activity: reactive[str] = reactive("starting")

    LIVE_SPEED_AFTER_S = 0.2
    """Wait this long into a reply before showing a live tokens/s (too noisy before)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._reply_started_s: float | None = None
        self._reply_tokens = 0

    def count_token(self) -> None:
        """Live tokens/s while a reply streams; the engine's own figure replaces it at the end."""
        now_s = time.monotonic()
        if self._reply_started_s is None:
            self._reply_started_s, self._reply_tokens = now_s, 0
        self._reply_tokens += 1
        elapsed_s = now_s - self._reply_started_s
        if elapsed_s > self.LIVE_SPEED_AFTER_S:
            self.tokens_per_s = self._reply_tokens / elapsed_s

    def show_reply(self, reply: AssistantReply) -> None:
        """The finished model call's figures, when the engine reported them."""
        self._reply_started_s = None
        if reply.tokens_per_s is not None:
            self.tokens_per_s = reply.tokens_per_s
        if reply.context_tokens is not None:
            self.context_tokens = reply.context_tokens

    def render(self) -> Text:
        speed = "-" if self.tokens_per_s is None else f"{self.tokens_per_s:.1f}"
        context = "-" if self.context_tokens is None else str(self.context_tokens)
        fields = [
            ("", self.activity),
            ("", self.model),
            ("tok/s ", speed),
            ("ctx ", context),
            ("sandbox ", self.sandbox),
            ("turn ", str(self.turns)),
            ("trace ", self.trace_id or "-"),
        ]
        line = Text()
        for index, (label, value) in enumerate(fields):
            if index:
                line.append(" │ ", style="dim")
            line.append(label, style="dim")
            line.append(value, style="bold")
        return line

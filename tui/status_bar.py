"""One line of live figures: model, speed, context, sandbox, step, trace, activity."""

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static


class StatusBar(Static):
    """Redraws itself whenever one of its figures changes."""

    model: reactive[str] = reactive("…")
    tokens_per_s: reactive[float | None] = reactive(None)
    context_tokens: reactive[int | None] = reactive(None)
    sandbox: reactive[str] = reactive("none")
    step: reactive[int] = reactive(0)
    trace_id: reactive[str] = reactive("")
    activity: reactive[str] = reactive("starting")

    def render(self) -> Text:
        speed = "-" if self.tokens_per_s is None else f"{self.tokens_per_s:.1f}"
        context = "-" if self.context_tokens is None else str(self.context_tokens)
        fields = [
            ("", self.activity),
            ("", self.model),
            ("tok/s ", speed),
            ("ctx ", context),
            ("sandbox ", self.sandbox),
            ("step ", str(self.step)),
            ("trace ", self.trace_id or "-"),
        ]
        line = Text()
        for index, (label, value) in enumerate(fields):
            if index:
                line.append(" │ ", style="dim")
            line.append(label, style="dim")
            line.append(value, style="bold")
        return line

"""A tool call as a collapsible panel: arguments, then output, exit code and duration."""

import json

from rich.text import Text
from textual.widgets import Collapsible, Static

from loopwright.tui.events import ToolCallFinished, ToolCallStarted

FOLD_LINES = 12
"""Output longer than this shows its head; the rest sits in a nested, collapsed panel."""
ARGS_PREVIEW_CHARS = 50


class ToolPanel(Collapsible):
    """One tool call, open at first; the title summarises it so it reads well collapsed too."""

    def __init__(self, call: ToolCallStarted) -> None:
        self.call = call
        self.status = "running…"
        args_json = json.dumps(call.args, indent=2, ensure_ascii=False)
        self._output = Static(Text("(no output yet)"), classes="tool-output")
        self._full_output = Static()
        self._fold = Collapsible(self._full_output, title="all output", classes="tool-full-output")
        self._fold.display = False
        super().__init__(
            Static(Text(args_json), classes="tool-args"),
            self._output,
            self._fold,
            title=self._summary(),
            collapsed=False,
        )

    def _summary(self) -> str:
        args = json.dumps(self.call.args, ensure_ascii=False)
        if len(args) > ARGS_PREVIEW_CHARS:
            args = args[: ARGS_PREVIEW_CHARS - 1] + "…"
        return f"⚙ {self.call.name} {args} · {self.status}"

    def set_status(self, status: str) -> None:
        """Shows a state such as 'awaiting approval' or 'denied' in the title."""
        self.status = status
        self.title = self._summary()

    def finish(self, result: ToolCallFinished) -> None:
        """Shows the result; output past FOLD_LINES is folded into a nested panel."""
        exit_text = "" if result.exit_code is None else f"exit {result.exit_code} · "
        if self.status == "denied":
            error_text = "denied · "
        else:
            error_text = "error · " if result.is_error else ""
        cut_text = " · truncated" if result.truncated else ""
        self.set_status(f"{error_text}{exit_text}{result.duration_s:.2f}s{cut_text}")
        self.set_class(result.is_error, "-error")
        lines = result.output.splitlines()
        head = "\n".join(lines[:FOLD_LINES]) if lines else "(no output)"
        self._output.update(Text(head))
        if len(lines) > FOLD_LINES:
            self._full_output.update(Text(result.output))
            self._fold.title = f"all {len(lines)} lines"
            self._fold.display = True

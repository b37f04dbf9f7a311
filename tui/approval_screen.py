"""Asks the person whether a tool call may run: approve, deny, or edit its arguments.

Dismisses with the resume payload of the agent contract:
{"action": "approve" | "deny" | "edit", "args": dict | None, "reason": str | None}.
"""

import json

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static, TextArea

from loopwright.tui.events import ApprovalRequest


def parse_edited_args(text: str) -> dict:
    """The edited arguments, or ValueError with a message a person can act on."""
    try:
        args = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"Arguments are not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from exc
    if not isinstance(args, dict):
        raise ValueError("Arguments must be a JSON object, e.g. {\"command\": \"ls\"}")
    return args


class ApprovalScreen(ModalScreen[dict]):
    """Modal dialog for one approval interrupt."""

    BINDINGS = [
        Binding("a", "approve", "Approve"),
        Binding("d", "deny", "Deny"),
        Binding("e", "edit", "Edit arguments"),
        Binding("escape", "deny", "Deny", show=False),
    ]

    def __init__(self, request: ApprovalRequest) -> None:
        super().__init__()
        self.request = request

    def compose(self) -> ComposeResult:
        call = self.request.tool_call
        with Vertical(id="approval-dialog"):
            yield Label(Text(f"Allow the tool call '{call['name']}'?"), id="approval-title")
            yield TextArea(
                json.dumps(call.get("args") or {}, indent=2, ensure_ascii=False),
                id="approval-args",
                soft_wrap=True,
            )
            yield Input(placeholder="Reason (optional, sent to the agent on deny)", id="deny-reason")
            yield Static("", id="approval-error")
            with Horizontal(id="approval-buttons"):
                yield Button("Approve [a]", id="approve", variant="success")
                yield Button("Run edited [e]", id="edit", variant="warning")
                yield Button("Deny [d]", id="deny", variant="error")

    def on_mount(self) -> None:
        """Focuses Approve so a/d/e work at once."""
        self.query_one("#approve", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Routes the three buttons to their actions."""
        event.stop()
        match event.button.id:
            case "approve":
                self.action_approve()
            case "deny":
                self.action_deny()
            case "edit":
                self.submit_edit()

    def action_approve(self) -> None:
        """Runs the call as the model wrote it."""
        self.dismiss({"action": "approve", "args": None, "reason": None})

    def action_deny(self) -> None:
        """Refuses the call; the agent sees the reason."""
        reason = self.query_one("#deny-reason", Input).value.strip() or "denied by the user"
        self.dismiss({"action": "deny", "args": None, "reason": reason})

    def action_edit(self) -> None:
        """Moves the cursor into the arguments so they can be changed."""
        self.query_one("#approval-args", TextArea).focus()

    def submit_edit(self) -> None:
        """Runs the call with the edited arguments; bad JSON keeps the dialog and the text."""
        try:
            args = parse_edited_args(self.query_one("#approval-args", TextArea).text)
        except ValueError as exc:
            self.query_one("#approval-error", Static).update(Text(str(exc)))
            return
        self.dismiss({"action": "edit", "args": args, "reason": None})

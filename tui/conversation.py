"""The scrolling conversation: user messages, replies, tool panels and notices."""

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from loopwright.tui.assistant_message import AssistantMessage
from loopwright.tui.events import (
    AssistantReply,
    RunEvent,
    TokenDelta,
    ToolCallFinished,
    ToolCallStarted,
    UserText,
)
from loopwright.tui.feedback import AnswerFeedback
from loopwright.tui.tool_panel import ToolPanel
from loopwright.tui.user_message import UserMessage

TOOL_CALL_ONLY = "*(a tool call, shown below)*"
"""The text of a rateable answer that was only a tool call (the tool panel follows it)."""


class Conversation(VerticalScroll):
    """Stays scrolled to the newest entry unless the person scrolls up."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._tool_panels: dict[str, ToolPanel] = {}
        self._reply: AssistantMessage | None = None
        """The reply streaming in, if any."""
        self.rateable = False
        """Answers get the bar to rate and correct them (the backend keeps feedback)."""

    def on_mount(self) -> None:
        """Anchors the view to the bottom."""
        self.anchor()

    def show(self, event: RunEvent) -> None:
        """Draws a conversation event; other events are not the conversation's business."""
        match event:
            case UserText(text=text):
                self.finish_reply()
                self.add_user(text)
            case TokenDelta(text=text):
                if self._reply is None:
                    self._reply = self.add_assistant()
                self._reply.append(text)
            case AssistantReply():
                self._show_reply(event)
            case ToolCallStarted():
                self.add_tool_call(event)
            case ToolCallFinished():
                self.finish_tool_call(event)

    def _show_reply(self, reply: AssistantReply) -> None:
        turn = reply.turn if self.rateable else None
        text = reply.text
        if not text.strip() and turn is not None and reply.has_tool_calls:
            text = TOOL_CALL_ONLY  # kept so the call can be rated and corrected
        if text.strip():
            if self._reply is None:
                self._reply = self.add_assistant()
            self._reply.finish(text, turn=turn)
        elif self._reply is not None:
            self._reply.remove()  # a reply that was only a tool call
        self._reply = None

    def finish_reply(self, note: str | None = None) -> None:
        """Ends a reply that stopped streaming early (cancel, error), keeping its text."""
        if self._reply is not None:
            self._reply.finish(note=note)
            self._reply = None

    def show_feedback(self, feedback: dict[str, AnswerFeedback]) -> None:
        """Shows recorded ratings and corrections on the answers they are about (by message id)."""
        for answer in self.query(AssistantMessage):
            known = feedback.get(answer.turn.message_id) if answer.turn else None
            if known is not None:
                answer.show_feedback(known.reward, known.correction)

    def add_user(self, text: str) -> UserMessage:
        return self._add(UserMessage(text))

    def add_assistant(self) -> AssistantMessage:
        return self._add(AssistantMessage())

    def add_tool_call(self, call: ToolCallStarted) -> ToolPanel:
        panel = self._add(ToolPanel(call))
        self._tool_panels[call.call_id] = panel
        return panel

    def tool_panel(self, call_id: str) -> ToolPanel | None:
        return self._tool_panels.get(call_id)

    def finish_tool_call(self, result: ToolCallFinished) -> None:
        panel = self._tool_panels.get(result.call_id)
        if panel is not None:
            panel.finish(result)

    def add_notice(self, text: str, *, error: bool = False) -> Static:
        """An inline line (errors, cancellations) that stays after the toast fades."""
        return self._add(Static(Text(text), classes="notice -error" if error else "notice"))

    def clear_view(self) -> None:
        """Removes everything shown; the session's state is untouched."""
        self._tool_panels.clear()
        self._reply = None
        self.remove_children()

    def _add(self, widget):
        self.mount(widget)
        return widget

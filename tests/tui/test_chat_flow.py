"""Pilot tests of a conversation: streaming, Markdown, status figures, history, keys."""

from langchain_core.messages import AIMessage
from textual.widgets import Collapsible, Markdown

from loopwright.tui.assistant_message import AssistantMessage
from loopwright.tui.help_screen import HelpScreen
from loopwright.tui.sessions_panel import SessionItem
from loopwright.tui.tool_panel import ToolPanel
from loopwright.tui.user_message import UserMessage
from tests.fixtures.recording_tool import call
from tests.fixtures.scripted_chat import DECODE_TOKENS_PER_S, PROMPT_TOKENS
from tests.tui.conftest import SIZE, TimedRecordingTool, send, send_and_wait, wait_for

REPLY = "Hello **there**, I am the loopwright agent and this reply streams word by word. " * 3


async def test_message_streams_then_renders_markdown(harness):
    h = harness([AIMessage(REPLY)], word_delay_s=0.01)
    release = h.model.hold_after(4)
    async with h.app.run_test(size=SIZE) as pilot:
        await send(pilot, "hi there")
        await wait_for(pilot, lambda: h.app.query(AssistantMessage), "the reply to start")
        reply = h.app.query_one(AssistantMessage)
        await wait_for(pilot, lambda: len(reply.text.split()) == 4, "four streamed words")
        assert not reply.complete and REPLY.startswith(reply.text)
        assert not reply.query(Markdown)
        release.set()
        await wait_for(pilot, lambda: not h.app.busy, "the run to end")
        assert reply.complete and reply.text == REPLY.strip()
        assert reply.query_one(Markdown)
        assert [m.visual.plain for m in h.app.query(UserMessage)] == ["hi there"]
        assert h.app.last_answer == REPLY.strip()
        status = h.app.status
        words = len(REPLY.split())
        assert status.context_tokens == PROMPT_TOKENS + words
        assert status.tokens_per_s == DECODE_TOKENS_PER_S
        assert status.turns == 1
        assert status.model == "scripted-model"


async def test_tool_call_panel_shows_args_output_exit_code_and_folds_long_output(harness):
    long_output = "\n".join(f"line {i}" for i in range(40))
    tools = [TimedRecordingTool("list_dir", output=long_output), TimedRecordingTool("finish")]
    script = [AIMessage("", tool_calls=[call("list_dir", path="/workspace")]),
              AIMessage("", tool_calls=[call("finish", answer="40 lines listed")])]
    h = harness(script, tools)
    async with h.app.run_test(size=SIZE) as pilot:
        await send_and_wait(pilot, "list it")
        panels = list(h.app.query(ToolPanel))
        assert [p.call.name for p in panels] == ["list_dir", "finish"]
        listing = panels[0]
        assert not listing.collapsed
        assert '"path": "/workspace"' in listing.title and "exit 0" in listing.title and "0.25s" in listing.title
        folded = listing.query_one(".tool-full-output", Collapsible)
        assert folded.title == "all 40 lines"
        assert h.app.last_answer == "40 lines listed"
        assert tools[0].calls == [{"path": "/workspace"}]


async def test_input_history_walks_back_and_forth_and_keeps_the_draft(harness):
    h = harness([AIMessage("ok")])
    async with h.app.run_test(size=SIZE) as pilot:
        await send_and_wait(pilot, "first")
        await send_and_wait(pilot, "second")
        box = h.app.prompt_input
        box.insert_text_at_cursor("draft")
        await pilot.press("up")
        assert box.value == "second"
        await pilot.press("up", "up")
        assert box.value == "first"
        await pilot.press("down")
        assert box.value == "second"
        await pilot.press("down")
        assert box.value == "draft"


async def test_keys_new_session_clear_copy_and_help(harness):
    h = harness([AIMessage("The answer is 4.")])
    async with h.app.run_test(size=SIZE) as pilot:
        await send_and_wait(pilot, "2+2?")
        await pilot.press("ctrl+y")
        assert h.app.clipboard == "The answer is 4."
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert not h.app.conversation.children
        old_session = h.app.session_id
        await pilot.press("ctrl+n")
        assert h.app.session_id != old_session and h.app.last_answer is None
        await wait_for(pilot, lambda: h.app.query(SessionItem), "the sessions list")
        assert [i.session_id for i in h.app.query(SessionItem)] == [old_session]
        await pilot.press("f1")
        assert isinstance(h.app.screen, HelpScreen)
        text = " ".join(str(s.visual) for s in h.app.screen.query("Static"))
        assert "Cancel run" in text and "New session" in text and "Copy answer" in text
        await pilot.press("escape")
        assert not isinstance(h.app.screen, HelpScreen)


async def test_a_message_sent_while_a_run_goes_on_stays_in_the_box(harness):
    h = harness([AIMessage(REPLY)])
    release = h.model.hold_after(2)
    async with h.app.run_test(size=SIZE) as pilot:
        await send(pilot, "first")
        await wait_for(pilot, lambda: h.app.query(AssistantMessage), "streaming")
        h.app.prompt_input.insert_text_at_cursor("second, typed while streaming")
        await pilot.press("enter")
        assert h.app.prompt_input.value == "second, typed while streaming"
        assert [str(m.visual) for m in h.app.query(UserMessage)] == ["first"]
        release.set()
        await wait_for(pilot, lambda: not h.app.busy, "the run to end")
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(h.app.query(UserMessage)) == 2, "the kept message to be sent")

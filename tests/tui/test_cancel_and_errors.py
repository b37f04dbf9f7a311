"""Pilot tests of ctrl+c mid-generation and of failures that must leave the app usable."""

from langchain_core.messages import AIMessage

from loopwright.envs.sandbox.base import SandboxError
from loopwright.tui.app import ChatApp
from loopwright.tui.approval_screen import ApprovalScreen
from loopwright.tui.assistant_message import AssistantMessage
from tests.fixtures.counting_sandbox import CountingSandboxFactory
from tests.fixtures.recording_tool import ToolOutcome, call
from tests.tui.conftest import (
    SIZE,
    TimedRecordingTool,
    send,
    send_and_wait,
    wait_for,
    wait_for_dialog,
)

LONG_REPLY = " ".join(f"word{i}" for i in range(400))


async def test_ctrl_c_stops_generation_at_the_next_token_and_the_session_stays_usable(harness):
    h = harness([AIMessage(LONG_REPLY), AIMessage("Still here.")], word_delay_s=0.01)
    release = h.model.hold_after(5)
    async with h.app.run_test(size=SIZE) as pilot:
        await send(pilot, "write a lot")
        await wait_for(pilot, lambda: h.app.query(AssistantMessage)
                       and len(h.app.query_one(AssistantMessage).text.split()) == 5, "five streamed words")
        await pilot.press("ctrl+c")
        assert not h.app.busy
        assert "Run cancelled." in [str(n.visual) for n in h.app.query(".notice")]
        release.set()
        await wait_for(pilot, lambda: h.model.replies[0].closed, "the model's stream to close")
        first = h.model.replies[0]
        assert not first.finished
        assert first.words_sent == 6  # the word in flight when ctrl+c came, then the stream closed
        partial = h.app.query(AssistantMessage).first()
        assert partial.complete and partial.text == " ".join(LONG_REPLY.split()[:5])
        assert "cancelled" in str(partial.query_one(".note").visual)
        await send_and_wait(pilot, "are you there?")
        assert h.app.last_answer == "Still here."
        second = h.model.replies[1]
        assert second.finished
        assert [m.text for m in second.prompt] == ["write a lot", "are you there?"]


async def test_ctrl_c_while_a_call_awaits_approval_denies_it_and_keeps_the_session(harness):
    bash = TimedRecordingTool("bash", requires_approval=True)
    script = [AIMessage("", tool_calls=[call("bash", command="rm -rf /tmp/x")]), AIMessage("Fine.")]
    h = harness(script, [bash])
    async with h.app.run_test(size=SIZE) as pilot:
        await send(pilot, "clean up")
        await wait_for_dialog(pilot)
        await pilot.press("ctrl+c")
        assert not h.app.busy and not isinstance(h.app.screen, ApprovalScreen)
        await wait_for(pilot, lambda: len(h.backend.history("session-1")[0]) >= 3, "the denial to settle")
        messages, approvals = h.backend.history("session-1")
        assert bash.calls == [] and approvals == []
        assert "cancelled the run" in messages[2].text
        await send_and_wait(pilot, "ok?")
        assert h.app.last_answer == "Fine."


async def test_model_that_fails_to_load_is_a_notice_and_typed_text_is_kept():
    def broken_loader():
        raise FileNotFoundError("no model at /nowhere/model.gguf")

    app = ChatApp(broken_loader, session_id="s")
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.load_error is not None, "the load to fail")
        assert "Could not load the model: no model at /nowhere/model.gguf" in app.load_error
        assert app.status.activity == "model failed"
        app.prompt_input.insert_text_at_cursor("hello")
        await pilot.press("enter")
        assert app.prompt_input.value == "hello"
        assert app.is_running


async def test_dead_sandbox_is_a_notice_and_the_next_run_works(harness):
    def dead_sandbox():
        raise SandboxError("the Docker engine is not reachable; run scripts/setup")

    script = [AIMessage("", tool_calls=[call("bash", command="ls")]), AIMessage("Answering without tools.")]
    h = harness(script, [TimedRecordingTool("bash")], sandbox_factory=dead_sandbox)
    async with h.app.run_test(size=SIZE) as pilot:
        await send_and_wait(pilot, "list files")
        notices = [str(n.visual) for n in h.app.query(".notice.-error")]
        assert notices == ["Sandbox failed: the Docker engine is not reachable; run scripts/setup. "
                           "The next message starts a fresh sandbox."]
        assert h.app.status.sandbox == "local failed"
        await send_and_wait(pilot, "just answer")
        assert h.app.last_answer == "Answering without tools."


class DyingSandboxTool(TimedRecordingTool):
    """A bash whose first call finds the sandbox dead, as `loopwright.tools` reports it."""

    def run(self, sandbox, arguments):
        self.calls.append(arguments)
        if len(self.calls) == 1:
            return ToolOutcome("The sandbox failed: the container exited (137, OOM killed)", is_error=True)
        return ToolOutcome("fine again")


async def test_sandbox_that_dies_mid_run_is_a_notice_and_the_next_call_gets_a_fresh_one(harness):
    factory = CountingSandboxFactory()
    script = [AIMessage("", tool_calls=[call("bash", command="big")]),
              AIMessage("", tool_calls=[call("bash", command="small")]), AIMessage("Done.")]
    h = harness(script, [DyingSandboxTool("bash")], sandbox_factory=factory)
    async with h.app.run_test(size=SIZE) as pilot:
        await send_and_wait(pilot, "run it")
        notices = [str(n.visual) for n in h.app.query(".notice.-error")]
        assert notices == ["The sandbox failed: the container exited (137, OOM killed) "
                           "A fresh sandbox starts with the next tool call."]
        assert factory.made == 2
        assert h.app.status.sandbox == "local ready"
        assert h.app.last_answer == "Done."

"""Pilot tests of the approval dialog: approve, deny, edit, and bad edited arguments."""

import json

from langchain_core.messages import AIMessage
from textual.widgets import Button, Static, TextArea

from loopwright.tui.tool_panel import ToolPanel
from tests.fixtures.recording_tool import call
from tests.tui.conftest import SIZE, TimedRecordingTool, send, wait_for, wait_for_dialog


def _bash_then(after: AIMessage) -> tuple[list[AIMessage], list[TimedRecordingTool]]:
    bash = TimedRecordingTool("bash", requires_approval=True, output="hi")
    script = [AIMessage("I will run it.", tool_calls=[call("bash", command="echo hi")]), after]
    return script, [bash, TimedRecordingTool("finish")]


async def test_approved_call_runs_and_the_run_finishes(harness):
    script, tools = _bash_then(AIMessage("", tool_calls=[call("finish", answer="printed hi")]))
    h = harness(script, tools)
    async with h.app.run_test(size=SIZE) as pilot:
        await send(pilot, "say hi")
        dialog = await wait_for_dialog(pilot)
        assert dialog.request.tool_call["name"] == "bash"
        assert dialog.request.tool_call["args"] == {"command": "echo hi"}
        assert tools[0].calls == []
        assert "awaiting approval" in h.app.query(ToolPanel).first().title
        await pilot.press("a")
        await wait_for(pilot, lambda: not h.app.busy, "the run to end")
        assert tools[0].calls == [{"command": "echo hi"}]
        assert "exit 0" in h.app.query(ToolPanel).first().title
        assert h.app.last_answer == "printed hi"


async def test_denied_call_does_not_run_and_the_agent_sees_the_reason(harness):
    script, tools = _bash_then(AIMessage("Understood, I will not run it."))
    h = harness(script, tools)
    async with h.app.run_test(size=SIZE) as pilot:
        await send(pilot, "say hi")
        await wait_for_dialog(pilot)
        await pilot.click("#deny-reason")
        await pilot.press(*"nope")
        await pilot.click("#deny")
        await wait_for(pilot, lambda: not h.app.busy, "the run to end")
        assert tools[0].calls == []
        assert "denied" in h.app.query(ToolPanel).first().title
        seen_by_model = h.backend.history("session-1")[0]
        assert "the user denied this call: nope" in seen_by_model[-2].text
        assert h.app.last_answer == "Understood, I will not run it."


async def test_edited_arguments_run_instead_and_bad_json_keeps_the_dialog(harness):
    script, tools = _bash_then(AIMessage("", tool_calls=[call("finish", answer="listed")]))
    h = harness(script, tools)
    async with h.app.run_test(size=SIZE) as pilot:
        await send(pilot, "say hi")
        dialog = await wait_for_dialog(pilot)
        await pilot.press("e")
        editor = dialog.query_one("#approval-args", TextArea)
        assert editor.has_focus
        editor.load_text('{"command": "ls -la"')
        await pilot.click("#edit")
        await pilot.pause()
        assert pilot.app.screen is dialog
        error = str(dialog.query_one("#approval-error", Static).visual)
        assert "not valid JSON" in error
        assert editor.text == '{"command": "ls -la"'
        editor.load_text('["ls"]')
        dialog.query_one("#edit", Button).press()  # a second click in place would be a double click
        await pilot.pause()
        assert "must be a JSON object" in str(dialog.query_one("#approval-error", Static).visual)
        editor.load_text('{"command": "ls -la"}')
        dialog.query_one("#edit", Button).press()
        await wait_for(pilot, lambda: not h.app.busy, "the run to end")
        assert tools[0].calls == [{"command": "ls -la"}]
        assert h.app.last_answer == "listed"


async def test_a_run_with_an_approval_is_one_trace(harness, tmp_path):
    from loopwright.agent.tracing import TracingConfig, setup_tracing

    trace_dir = tmp_path / "traces"
    setup_tracing(TracingConfig(trace_dir=trace_dir))
    script, tools = _bash_then(AIMessage("", tool_calls=[call("finish", answer="printed hi")]))
    h = harness(script, tools, traced=True)
    async with h.app.run_test(size=SIZE) as pilot:
        await send(pilot, "say hi")
        await wait_for_dialog(pilot)
        await pilot.press("a")
        await wait_for(pilot, lambda: not h.app.busy, "the run to end")
        trace_id = h.app.status.trace_id
    spans = [json.loads(line) for path in trace_dir.glob("*.jsonl") for line in path.read_text().splitlines()]
    spans = [s for s in spans if s.get("type") == "span"]
    assert {s["trace_id"] for s in spans} == {trace_id}
    assert [s["name"] for s in spans if s["name"].startswith("invoke_agent")] == ["invoke_agent loopwright-chat"]
    assert sorted(s["name"] for s in spans if s["name"].startswith("execute_tool")) == [
        "execute_tool bash", "execute_tool finish"]

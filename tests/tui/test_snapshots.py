"""SVG snapshots of the main states (pytest-textual-snapshot); update with --snapshot-update."""

from langchain_core.messages import AIMessage

from tests.fixtures.recording_tool import call
from tests.tui.conftest import (
    SIZE,
    TimedRecordingTool,
    send,
    send_and_wait,
    wait_for,
    wait_for_dialog,
)

ANSWER = "I wrote **hello.txt** and read it back:\n\n```\nhi\n```\n\n- created\n- verified"


async def _steady_cursor(pilot) -> None:
    """A blinking cursor would make the screenshot depend on the moment it is taken."""
    pilot.app.prompt_input.cursor_blink = False


def _file_script() -> tuple[list[AIMessage], list[TimedRecordingTool]]:
    bash = TimedRecordingTool("bash", requires_approval=True, output="hi")
    script = [AIMessage("Creating the file.", tool_calls=[call("bash", command="echo hi > hello.txt && cat hello.txt")]),
              AIMessage(ANSWER)]
    return script, [bash]


def test_main_screen_after_a_tool_call_and_an_answer(harness, snap_compare):
    script, tools = _file_script()
    h = harness(script, tools)

    async def converse(pilot):
        await _steady_cursor(pilot)
        await send(pilot, "Create hello.txt containing hi and read it back")
        await wait_for_dialog(pilot)
        await pilot.press("a")
        await wait_for(pilot, lambda: not pilot.app.busy, "the answer")
        await wait_for(pilot, lambda: pilot.app.query("SessionItem"), "the sessions list")
        await pilot.pause(0.2)

    assert snap_compare(h.app, terminal_size=SIZE, run_before=converse)


def test_approval_dialog(harness, snap_compare):
    script, tools = _file_script()
    h = harness(script, tools)

    async def ask(pilot):
        await _steady_cursor(pilot)
        await send(pilot, "Create hello.txt containing hi and read it back")
        await wait_for_dialog(pilot)
        await pilot.pause(0.2)

    assert snap_compare(h.app, terminal_size=SIZE, run_before=ask)


def test_help_screen(harness, snap_compare):
    h = harness([AIMessage("ok")])

    async def open_help(pilot):
        await _steady_cursor(pilot)
        await send_and_wait(pilot, "hello")
        await pilot.press("f1")
        await pilot.pause(0.2)

    assert snap_compare(h.app, terminal_size=SIZE, run_before=open_help)

"""Sessions: listed from the checkpointer with their first line, resumed from the panel or --session."""

from langchain_core.messages import AIMessage, HumanMessage

from loopwright.tui.assistant_message import AssistantMessage
from loopwright.tui.sessions import SessionStoreError, open_session_store, session_title
from loopwright.tui.sessions_panel import SessionItem
from loopwright.tui.user_message import UserMessage
from tests.fixtures.recording_tool import call
from tests.tui.conftest import (
    SIZE,
    TimedRecordingTool,
    build_harness,
    send,
    send_and_wait,
    wait_for,
    wait_for_dialog,
)


def _shown(app) -> list[tuple[str, str]]:
    users = [("you", str(m.visual)) for m in app.query(UserMessage)]
    replies = [("loopwright", m.text) for m in app.query(AssistantMessage)]
    return users + replies


async def test_a_session_is_resumed_from_the_side_panel_and_continues(tmp_path):
    db = tmp_path / "chat.sqlite"
    first = build_harness(db, [AIMessage("Paris is the capital.")], session_id="geo")
    async with first.app.run_test(size=SIZE) as pilot:
        await send_and_wait(pilot, "Capital of France?")

    second = build_harness(db, [AIMessage("About two million people.")], session_id=None)
    app = second.app
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.query(SessionItem) and app.query_one(SessionItem).region,
                       "the sessions list to be laid out")
        item = app.query_one(SessionItem)
        assert item.session_id == "geo" and "Capital of France?" in str(item.query_one("Label").visual)
        await pilot.click(SessionItem)
        await wait_for(pilot, lambda: app.session_id == "geo" and app.query(AssistantMessage), "the history")
        assert _shown(app) == [("you", "Capital of France?"), ("loopwright", "Paris is the capital.")]
        await send_and_wait(pilot, "How many people live there?")
        assert [m.text for m in second.model.replies[0].prompt] == [
            "Capital of France?", "Paris is the capital.", "How many people live there?"]


async def test_session_flag_reopens_the_session_at_start(tmp_path):
    db = tmp_path / "chat.sqlite"
    first = build_harness(db, [AIMessage("Noted.")], session_id="work")
    async with first.app.run_test(size=SIZE) as pilot:
        await send_and_wait(pilot, "Remember the number 7")
    again = build_harness(db, [AIMessage("7")], session_id="work")
    async with again.app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: again.app.query(AssistantMessage), "the history")
        assert _shown(again.app) == [("you", "Remember the number 7"), ("loopwright", "Noted.")]


def test_title_is_the_first_line_of_the_first_user_message_shortened():
    assert session_title([HumanMessage("Fix the build\nit fails on CI")]) == "Fix the build"
    assert session_title([AIMessage("hi"), HumanMessage("  \n"), HumanMessage("second")]) == "second"
    long = session_title([HumanMessage("x" * 100)])
    assert len(long) == 40 and long.endswith("…")
    assert session_title([]) == "(empty)"


def test_unopenable_sessions_database_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    try:
        open_session_store(blocker / "chat.sqlite")
    except SessionStoreError as exc:
        assert str(blocker / "chat.sqlite") in str(exc)
    else:
        raise AssertionError("expected SessionStoreError")


async def test_a_session_left_at_an_approval_asks_again_when_resumed(tmp_path):
    db = tmp_path / "chat.sqlite"
    script = [AIMessage("", tool_calls=[call("bash", command="touch a")]),
              AIMessage("", tool_calls=[call("finish", answer="created a")])]
    first = build_harness(db, script, [TimedRecordingTool("bash", requires_approval=True), TimedRecordingTool("finish")],
                          session_id="paused")
    async with first.app.run_test(size=SIZE) as pilot:
        await send(pilot, "create a")
        await wait_for_dialog(pilot)
        await pilot.press("ctrl+q")

    bash = TimedRecordingTool("bash", requires_approval=True)
    rest = script[1:]  # the new process's model continues after the approved call
    again = build_harness(db, rest, [bash, TimedRecordingTool("finish")], session_id="paused")
    async with again.app.run_test(size=SIZE) as pilot:
        dialog = await wait_for_dialog(pilot)
        assert dialog.request.tool_call["args"] == {"command": "touch a"}
        await pilot.press("a")
        await wait_for(pilot, lambda: not again.app.busy, "the run to end")
        assert bash.calls == [{"command": "touch a"}]
        assert again.app.last_answer == "created a"

"""`loopwright chat` stopped by a signal: the app quits as on ctrl+q (the run in flight stops,
sandboxes close) and the session stays in the sessions database, reopened by `--session`."""

import signal

from langchain_core.messages import AIMessage

from loopwright.cli.chat import _quit_soon
from loopwright.tui.assistant_message import AssistantMessage
from loopwright.tui.user_message import UserMessage
from tests.tui.conftest import SIZE, build_harness, send, send_and_wait, wait_for

LONG_REPLY = " ".join(["word"] * 400)


def _shown(app) -> list[tuple[str, str]]:
    return [("you", str(m.visual)) for m in app.query(UserMessage)] + [
        ("loopwright", m.text) for m in app.query(AssistantMessage)]


async def test_sigterm_mid_reply_quits_the_chat_and_the_session_is_kept(tmp_path):
    db = tmp_path / "chat.sqlite"
    first = build_harness(db, [AIMessage("Noted."), AIMessage(LONG_REPLY)], session_id="work", word_delay_s=0.02)
    app = first.app
    async with app.run_test(size=SIZE) as pilot:
        await send_and_wait(pilot, "Remember the number 7")
        await send(pilot, "Now write a long story")
        await wait_for(pilot, lambda: app.busy and app.query(AssistantMessage)[-1:] and
                       app.query(AssistantMessage)[-1].text != "Noted.", "the long reply to start")
        _quit_soon(app, signal.SIGTERM)  # what the chat's handler of SIGTERM, SIGINT and SIGHUP does
        await wait_for(pilot, lambda: not app.is_running, "the app to quit", timeout_s=10)

    again = build_harness(db, [AIMessage("7")], session_id="work")
    async with again.app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: again.app.query(AssistantMessage), "the history")
        shown = _shown(again.app)
    # both messages and the finished reply are kept; the reply cut mid-stream is not
    assert shown == [("you", "Remember the number 7"), ("you", "Now write a long story"), ("loopwright", "Noted.")]

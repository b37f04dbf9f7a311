"""Rating and correcting answers in the chat: keys and buttons, records in the session's
trace, kept across a restart, and shown by `loopwright traces list/show`."""

import json
from pathlib import Path
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage
from textual.widgets import TextArea
from typer.testing import CliRunner

from loopwright.agent import AgentConfig, SandboxManager, build_graph
from loopwright.agent.tracing import TracingConfig, setup_tracing, shutdown_tracing
from loopwright.agent.tracing import attributes as A
from loopwright.agent.tracing.reader import read_traces
from loopwright.cli import app as cli_app
from loopwright.tui.app import ChatApp
from loopwright.tui.assistant_message import AssistantMessage
from loopwright.tui.backend import ChatBackend
from loopwright.tui.correction_screen import CorrectionScreen
from loopwright.tui.feedback import FeedbackStore
from loopwright.tui.sandbox_monitor import SandboxMonitor
from loopwright.tui.sessions import open_session_store
from tests.fixtures.counting_sandbox import CountingSandboxFactory
from tests.fixtures.recording_tool import RecordingTool, call
from tests.fixtures.scripted_chat import ScriptedChatModel
from tests.tui.conftest import SIZE, send_and_wait, wait_for

ANSWERS = ["Paris is the capital of France.", "Berlin is the capital of Spain.", "Rome, of course."]
CORRECTION = "Madrid is the capital of Spain."


class TokenScriptedChat(ScriptedChatModel):
    """The scripted model with the logprobs and per-reply prompt ids LoopwrightChat reports,
    so each reply is traced as a chat span with its own token ids (what a rating attaches to)."""

    def _next_reply(self, messages: list[BaseMessage]) -> tuple[AIMessage, list[str], Any]:
        reply, words, record = super()._next_reply(messages)
        meta = dict(reply.response_metadata)
        number = len(self.replies)
        meta["prompt_token_ids"] = [number] * (10 + len(messages))  # distinct per reply
        meta["completion_token_ids"] = [100 + number] * max(len(words), 1)  # a bare tool call has tokens too
        meta["logprobs"] = [-0.5] * max(len(words), 1)
        return reply.model_copy(update={"response_metadata": meta}), words, record


def chat_app(db_path: Path, trace_dir: Path, script: list[AIMessage] | None = None,
             tools: list[RecordingTool] = ()) -> tuple[ChatApp, ChatBackend]:
    """The chat app on the real graph, traced to `trace_dir`, ratings kept there."""
    store = open_session_store(db_path)
    sandboxes = SandboxManager("local", starter=lambda request, session_id: CountingSandboxFactory()())
    model = TokenScriptedChat(script=script or [AIMessage(text) for text in ANSWERS])
    graph = build_graph(model, list(tools), sandboxes, AgentConfig(approval="ask"), store)
    backend = ChatBackend(graph, store, "scripted-model", SandboxMonitor("local"), sandboxes, traced=True,
                          feedback=FeedbackStore(trace_dir))
    return ChatApp(lambda: backend, session_id="rated"), backend


async def test_ratings_and_corrections_are_traced_and_kept_across_a_restart(tmp_path):
    trace_dir = tmp_path / "traces"
    setup_tracing(TracingConfig(trace_dir=trace_dir))
    try:
        app, _ = chat_app(tmp_path / "chat.sqlite", trace_dir)
        async with app.run_test(size=SIZE) as pilot:
            for question in ("Capital of France?", "Capital of Spain?", "Capital of Italy?"):
                await send_and_wait(pilot, question)
            first, second, third = app.query(AssistantMessage)
            assert all(a.turn is not None for a in (first, second, third))

            first.focus()  # key on a focused answer
            await pilot.press("g")
            await wait_for(pilot, lambda: first.reward == 1.0, "the good rating to be recorded")

            await pilot.click(second.query_one("#rate-bad"))  # button
            await wait_for(pilot, lambda: second.reward == -1.0, "the bad rating to be recorded")

            await pilot.click(third.query_one("#rate-bad"))  # rated bad, then changed to good
            await wait_for(pilot, lambda: third.reward == -1.0, "the first rating")
            await pilot.click(third.query_one("#rate-good"))
            await wait_for(pilot, lambda: third.reward == 1.0, "the changed rating")

            second.focus()
            await pilot.press("e")
            await wait_for(pilot, lambda: isinstance(app.screen, CorrectionScreen), "the correction editor")
            editor = app.screen.query_one(TextArea)
            assert editor.text == ANSWERS[1]  # starts from what the model wrote
            editor.text = CORRECTION
            await pilot.press("ctrl+s")
            await wait_for(pilot, lambda: second.correction == CORRECTION, "the correction to be recorded")
            assert ANSWERS[1] in second.text  # the model's answer stays beside the correction
            assert "Madrid" in str(second.query_one(".correction").render())
    finally:
        shutdown_tracing()

    traces = read_traces(trace_dir)
    spans = {s["span_id"]: s for t in traces.values() for s in t.by_operation(A.OP_CHAT)}
    ratings = {t.trace_id: t.turn_ratings() for t in traces.values()}
    rated = {spans[span_id]["attributes"][A.OUTPUT_MESSAGES]: reward
             for by_span in ratings.values() for span_id, reward in by_span.items()}
    assert {json.loads(text)[0]["parts"][0]["content"]: r for text, r in rated.items()} == {
        ANSWERS[0]: 1.0, ANSWERS[1]: -1.0, ANSWERS[2]: 1.0}
    [correction] = [c for t in traces.values() for c in t.turn_corrections().values()]
    assert (correction["text"], correction["original_text"]) == (CORRECTION, ANSWERS[1])
    assert correction["completion_token_ids"] is None  # no tokenizer here: kept, not trained on

    # a fresh process on the same files: the session comes back with its ratings and correction
    setup_tracing(TracingConfig(trace_dir=trace_dir))
    try:
        again, _ = chat_app(tmp_path / "chat.sqlite", trace_dir)
        async with again.run_test(size=SIZE) as pilot:
            await wait_for(pilot, lambda: again.ready and len(again.query(AssistantMessage)) == 3, "the history")
            first, second, third = again.query(AssistantMessage)
            assert [a.reward for a in (first, second, third)] == [1.0, -1.0, 1.0]
            assert (first.correction, second.correction, third.correction) == (None, CORRECTION, None)
            assert "rated 👎 bad" in str(second.query_one(".feedback").render())
            third.focus()
            await pilot.press("b")  # still rateable after the restart
            await wait_for(pilot, lambda: third.reward == -1.0, "a rating after the restart")
    finally:
        shutdown_tracing()

    runner = CliRunner()
    listed = runner.invoke(cli_app, ["traces", "list", "--trace-dir", str(trace_dir), "--json"])
    assert listed.exit_code == 0, listed.output
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert sorted((r["rated_good"], r["rated_bad"], r["corrected"]) for r in rows) == [(0, 1, 0), (0, 1, 1), (1, 0, 0)]
    bad_row = next(r for r in rows if r["corrected"])
    shown = runner.invoke(cli_app, ["traces", "show", bad_row["trace_id"][:10], "--trace-dir", str(trace_dir)])
    assert shown.exit_code == 0, shown.output
    assert "rated: bad" in shown.stdout and f"correction: {CORRECTION}" in shown.stdout


async def test_an_unchanged_correction_is_refused_and_esc_records_nothing(tmp_path):
    trace_dir = tmp_path / "traces"
    setup_tracing(TracingConfig(trace_dir=trace_dir))
    try:
        app, _ = chat_app(tmp_path / "chat.sqlite", trace_dir)
        async with app.run_test(size=SIZE) as pilot:
            await send_and_wait(pilot, "Capital of France?")
            answer = app.query_one(AssistantMessage)
            await pilot.click(answer.query_one("#correct"))
            await wait_for(pilot, lambda: isinstance(app.screen, CorrectionScreen), "the correction editor")
            await pilot.press("ctrl+s")  # nothing edited
            assert isinstance(app.screen, CorrectionScreen)
            assert "Edit the answer first" in str(app.screen.query_one("#correction-error").render())
            await pilot.press("escape")
            await wait_for(pilot, lambda: not isinstance(app.screen, CorrectionScreen), "the editor to close")
            await pilot.pause(0.2)
            assert answer.correction is None
    finally:
        shutdown_tracing()
    assert [t.corrections for t in read_traces(trace_dir).values()] == [[]]


async def test_a_turn_that_was_only_a_tool_call_can_be_rated(tmp_path):
    trace_dir = tmp_path / "traces"
    setup_tracing(TracingConfig(trace_dir=trace_dir))
    script = [AIMessage("", tool_calls=[call("finish", answer="done")])]
    try:
        app, _ = chat_app(tmp_path / "chat.sqlite", trace_dir, script, [RecordingTool("finish")])
        async with app.run_test(size=SIZE) as pilot:
            await send_and_wait(pilot, "Finish at once.")
            answer = app.query_one(AssistantMessage)
            assert "tool call" in answer.text and answer.turn is not None
            await pilot.click(answer.query_one("#rate-bad"))
            await wait_for(pilot, lambda: answer.reward == -1.0, "the rating of the tool call")
    finally:
        shutdown_tracing()
    assert [list(t.turn_ratings().values()) for t in read_traces(trace_dir).values()] == [[-1.0]]

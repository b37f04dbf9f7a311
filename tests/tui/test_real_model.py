"""The chat on the real embedded model and engine: a streamed reply, tracing, cancel, resume."""

import re

import pytest

from loopwright.tui.app import ChatApp
from loopwright.tui.approval_screen import ApprovalScreen
from loopwright.tui.assistant_message import AssistantMessage
from loopwright.tui.loader import ChatOptions, build_backend
from loopwright.tui.sessions import open_session_store
from tests.tui.conftest import SIZE, send, wait_for


@pytest.fixture(scope="module")
def engine(embedded_model):
    from loopwright.models import make_engine

    return make_engine(embedded_model, kind="ours")


async def _settle(pilot) -> None:
    """Waits for the run to end, denying any tool call the model makes."""
    app = pilot.app
    while app.busy:
        if isinstance(app.screen, ApprovalScreen):
            await pilot.press("d")
        await pilot.pause(0.05)


async def test_real_model_streams_a_reply_traces_it_and_survives_a_cancel(embedded_model, engine, tmp_path):
    # room for a story that is still streaming when ctrl+c comes (the engine decodes ~60 tok/s)
    options = ChatOptions(sandbox="local", trace_dir=tmp_path / "traces", max_new_tokens=512, max_turns=2)
    backend = build_backend(embedded_model, engine, options, open_session_store(tmp_path / "chat.sqlite"))
    app = ChatApp(lambda: backend, session_id="real")
    try:
        async with app.run_test(size=SIZE) as pilot:
            await send(pilot, "Say hello in one short sentence.")
            await wait_for(pilot, lambda: app.query(AssistantMessage), "streamed tokens", timeout_s=60)
            await wait_for(pilot, lambda: app.query(AssistantMessage).first().text or
                           app.query(AssistantMessage).first().complete, "text", timeout_s=60)
            await _settle(pilot)
            first = app.query(AssistantMessage).first()
            assert first.complete and first.text.strip()
            status = app.status
            assert status.model == "smollm2-135m"
            assert status.context_tokens and status.context_tokens > 20
            assert status.tokens_per_s and status.tokens_per_s > 0
            assert re.fullmatch(r"[0-9a-f]{32}", status.trace_id)
            traces = "".join(p.read_text() for p in (tmp_path / "traces").glob("*.jsonl"))
            assert status.trace_id in traces

            await send(pilot, "Write a long story about a robot who learns to paint.")
            await wait_for(pilot, lambda: len(app.query(AssistantMessage)) >= 2 and
                           app.query(AssistantMessage).last().text, "the story to stream", timeout_s=60)
            await pilot.press("ctrl+c")
            assert not app.busy
            assert "cancelled" in str(app.query(AssistantMessage).last().query_one(".note").visual)

            await send(pilot, "Say bye.")
            await _settle(pilot)
            last = app.query(AssistantMessage).last()
            assert last.complete and last.text.strip() and not last.query(".note")
    finally:
        backend.close()

"""Served calls are traced as `chat` spans with their token ids, one trace per session."""

import pytest

from loopwright.agent.tracing import attributes as A


@pytest.fixture
def traced(live_server, tmp_path):
    from loopwright.agent.tracing import shutdown_tracing
    from loopwright.server.tracing import CallTracer

    live_server.served.tracer = CallTracer(tmp_path / "traces")
    yield tmp_path / "traces"
    live_server.served.tracer = None
    shutdown_tracing()


def test_a_sessions_calls_share_a_trace_with_the_ids_the_client_got(live_server, traced):
    from loopwright.agent.tracing.reader import read_traces

    client = live_server.client()
    replies = [client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": f"Say {word}."}], max_tokens=3, temperature=0,
        extra_body={"return_token_ids": True}, extra_headers={"X-Session-Id": "agent-run-7"})
        for word in ("yes", "no")]
    client.chat.completions.create(model="m", messages=[{"role": "user", "content": "Other."}], max_tokens=2,
                                   temperature=0, user="someone-else")
    traces = read_traces(traced)
    sessions = {t.run_attribute(A.CONVERSATION_ID): t for t in traces.values()}
    assert set(sessions) == {"agent-run-7", "someone-else"}
    spans = sessions["agent-run-7"].by_operation(A.OP_CHAT)
    assert len(spans) == 2
    for span, reply in zip(spans, replies, strict=True):
        attrs = span["attributes"]
        assert attrs[A.PROMPT_TOKEN_IDS] == reply.model_extra["prompt_token_ids"]
        assert attrs[A.COMPLETION_TOKEN_IDS] == reply.choices[0].model_extra["token_ids"]
        assert len(attrs[A.LOGPROBS]) == len(attrs[A.COMPLETION_TOKEN_IDS])
        assert span["name"] == "chat smollm2-135m"


def test_a_reward_posted_for_a_session_lands_on_its_trace(live_server, traced):
    import httpx

    from loopwright.agent.tracing.reader import read_traces
    from loopwright.agent.trajectories import read_trajectories

    reply = live_server.client().chat.completions.create(
        model="m", messages=[{"role": "user", "content": "Hi."}], max_tokens=2, temperature=0, user="rated-session",
        extra_body={"return_token_ids": True})
    posted = httpx.post(f"{live_server.url}/rewards", json={"session": "rated-session", "reward": 0.5}).json()
    trace = read_traces(traced)[posted["trace_id"]]
    assert trace.run_attribute(A.CONVERSATION_ID) == "rated-session" and trace.reward == 0.5
    (run,) = read_trajectories(traced)  # what `loopwright train --traces` trains on: rewarded, with ids
    assert run.reward == 0.5 and run.turns[0].completion_token_ids == reply.choices[0].model_extra["token_ids"]
    unknown = httpx.post(f"{live_server.url}/rewards", json={"session": "never-seen", "reward": 1})
    assert unknown.status_code == 404 and "never-seen" in unknown.json()["error"]["message"]


def test_rewards_without_a_trace_dir_are_a_400(live_server):
    import httpx

    response = httpx.post(f"{live_server.url}/rewards", json={"session": "s", "reward": 1})
    assert response.status_code == 400 and "--trace-dir" in response.json()["error"]["message"]

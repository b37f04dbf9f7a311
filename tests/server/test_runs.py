"""Clients share the one engine: concurrent requests batch, a gone client frees its request."""

import json
import threading
import time

import httpx
import pytest


def _engine_idle(engine) -> bool:
    stats = engine.stats
    return (stats["running_seqs"] == 0 and stats["waiting_seqs"] == 0 and not engine.scheduler.requests
            and stats["free_blocks"] == stats["num_blocks"])


def test_a_client_that_disconnects_mid_stream_frees_its_request(live_server):
    engine = live_server.served.engine
    body = {"model": "m", "messages": [{"role": "user", "content": "Count to a thousand."}], "stream": True,
            "max_tokens": 4000, "ignore_eos": True, "temperature": 0}
    with httpx.stream("POST", f"{live_server.url}/chat/completions", json=body, timeout=60) as response:
        assert response.status_code == 200
        events = 0
        for line in response.iter_lines():
            if line.startswith("data: {"):
                events += 1
            if events == 4:
                break
        assert engine.stats["running_seqs"] == 1  # still generating when the client goes
    deadline = time.monotonic() + 20  # 4000 tokens would take minutes: only an abort ends it this soon
    while not _engine_idle(engine):
        assert time.monotonic() < deadline, engine.stats
        time.sleep(0.05)
    metrics = httpx.get(live_server.url.removesuffix("/v1") + "/metrics").text
    assert "loopwright_http_requests_in_flight 0" in metrics


def test_a_client_that_gives_up_on_a_whole_answer_frees_its_request(live_server):
    engine = live_server.served.engine
    body = {"model": "m", "prompt": "Count to a thousand:", "max_tokens": 4000, "ignore_eos": True,
            "temperature": 0}
    with pytest.raises(httpx.ReadTimeout):  # the client stops waiting and closes its connection
        httpx.post(f"{live_server.url}/completions", json=body, timeout=httpx.Timeout(60, read=1.5))
    deadline = time.monotonic() + 20
    while not _engine_idle(engine):
        assert time.monotonic() < deadline, engine.stats
        time.sleep(0.05)


def test_concurrent_clients_decode_in_the_same_engine_steps(live_server):
    engine = live_server.served.engine
    client = live_server.client()
    steps_before = engine.stats["steps"]
    replies: list = []

    def ask(i: int) -> None:
        replies.append(client.completions.create(model="m", prompt=f"Story {i}:", max_tokens=16, temperature=0,
                                                 extra_body={"ignore_eos": True}))

    threads = [threading.Thread(target=ask, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [r.usage.completion_tokens for r in replies] == [16] * 4
    assert engine.stats["steps"] - steps_before < 4 * 16  # one at a time would take 64 steps or more


def test_sse_lines_are_json_events_ending_with_done(live_server):
    body = {"model": "m", "messages": [{"role": "user", "content": "hi"}], "stream": True, "max_tokens": 3,
            "temperature": 0}
    with httpx.stream("POST", f"{live_server.url}/chat/completions", json=body, timeout=60) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        events = [line.removeprefix("data: ") for line in response.iter_lines() if line.startswith("data: ")]
    assert events[-1] == "[DONE]"
    assert all(json.loads(e)["object"] == "chat.completion.chunk" for e in events[:-1])


def test_a_client_that_gives_up_on_n_whole_answers_frees_them(live_server):
    engine = live_server.served.engine
    body = {"model": "m", "messages": [{"role": "user", "content": "Count to a thousand."}], "n": 3,
            "max_tokens": 4000, "ignore_eos": True, "temperature": 0.8, "seed": 1}
    with pytest.raises(httpx.ReadTimeout):  # the client stops waiting and closes its connection
        httpx.post(f"{live_server.url}/chat/completions", json=body, timeout=httpx.Timeout(60, read=1.5))
    deadline = time.monotonic() + 20  # 3 x 4000 tokens would take minutes: only an abort ends it this soon
    while not _engine_idle(engine):
        assert time.monotonic() < deadline, engine.stats
        time.sleep(0.05)

"""The plain routes: health, the model list, metrics."""

import httpx


def test_health_and_the_model_list_name_the_served_model(live_server):
    base = live_server.url.removesuffix("/v1")
    assert httpx.get(f"{base}/health").json()["status"] == "ok"
    models = live_server.client().models.list().data
    assert [m.id for m in models] == ["smollm2-135m"]


def test_metrics_count_tokens_blocks_and_prefix_cache_hits(live_server):
    client = live_server.client()
    long_prompt = [{"role": "user", "content": "Repeat after me: " + "one two three four " * 12}]
    for _ in range(2):  # the second prefill reuses the first one's full blocks
        client.chat.completions.create(model="m", messages=long_prompt, max_tokens=2, temperature=0)
    # a reply that repeats the prompt: speculative decoding guesses it from the prompt
    client.chat.completions.create(model="m", messages=long_prompt, max_tokens=24, temperature=0)
    text = httpx.get(live_server.url.removesuffix("/v1") + "/metrics").text
    values = {line.split()[0]: float(line.split()[1]) for line in text.splitlines() if not line.startswith("#")}
    for name in ("requests_running", "requests_waiting", "generation_tokens_per_second", "kv_blocks_used",
                 "kv_blocks_total", "prefix_cache_hit_rate"):
        assert f"# TYPE loopwright_{name} gauge" in text
    assert values["loopwright_generation_tokens_total"] >= 4
    assert values["loopwright_generation_tokens_per_second"] > 0
    assert values["loopwright_kv_blocks_total"] > 0
    assert 0 < values["loopwright_prefix_cache_hit_rate"] < 1
    assert values["loopwright_requests_running"] == 0
    assert values["loopwright_draft_tokens_total"] >= values["loopwright_accepted_draft_tokens_total"] > 0

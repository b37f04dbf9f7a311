"""Chat completions through the real `openai` client: text, stream, n, seeds, logprobs, tools, JSON."""

import json

from loopwright.models.tool_calls import schema_errors

HI = [{"role": "user", "content": "Say hi to Ada."}]
WEATHER = {"type": "function", "function": {
    "name": "get_weather", "description": "The weather in a city.",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}
TIME = {"type": "function", "function": {
    "name": "get_time", "description": "The time in a timezone.",
    "parameters": {"type": "object", "properties": {"tz": {"type": "string"}}, "required": ["tz"]}}}


def test_a_chat_reply_carries_text_usage_and_the_served_model(live_server):
    reply = live_server.client().chat.completions.create(
        model="anything", messages=[{"role": "system", "content": "Be brief."}, *HI], max_tokens=8, temperature=0)
    choice = reply.choices[0]
    assert choice.message.role == "assistant" and choice.message.content
    assert choice.finish_reason in ("stop", "length")
    assert reply.model == "smollm2-135m" and reply.object == "chat.completion"
    assert 1 <= reply.usage.completion_tokens <= 8
    assert reply.usage.total_tokens == reply.usage.prompt_tokens + reply.usage.completion_tokens


def test_a_stream_says_what_the_same_greedy_call_says_and_ends_with_usage(live_server):
    client = live_server.client()
    whole = client.chat.completions.create(model="m", messages=HI, max_tokens=12, temperature=0)
    chunks = list(client.chat.completions.create(model="m", messages=HI, max_tokens=12, temperature=0,
                                                 stream=True, stream_options={"include_usage": True}))
    assert chunks[0].choices[0].delta.role == "assistant"
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == whole.choices[0].message.content
    finishes = [c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason]
    assert finishes == [whole.choices[0].finish_reason]
    assert chunks[-1].choices == [] and chunks[-1].usage.completion_tokens == whole.usage.completion_tokens


def test_a_seed_reproduces_the_n_samples_streamed_or_not(live_server):
    client = live_server.client()
    ask = {"model": "m", "messages": HI, "max_tokens": 5, "temperature": 1.0, "n": 3, "seed": 1234}
    first = [c.message.content for c in client.chat.completions.create(**ask).choices]
    again = [c.message.content for c in client.chat.completions.create(**ask).choices]
    assert len(first) == 3 and first == again
    assert len(set(first)) > 1, "three samples at temperature 1 were all the same"
    streamed = ["", "", ""]
    for chunk in client.chat.completions.create(**ask, stream=True):
        for c in chunk.choices:
            streamed[c.index] += c.delta.content or ""
    assert streamed == first
    other = [c.message.content for c in client.chat.completions.create(**{**ask, "seed": 99}).choices]
    assert other != first


def test_logprobs_list_the_sampled_token_and_the_top_ones(live_server):
    reply = live_server.client().chat.completions.create(
        model="m", messages=HI, max_tokens=6, temperature=0, logprobs=True, top_logprobs=3,
        extra_body={"return_token_ids": True})
    entries = reply.choices[0].logprobs.content
    assert len(entries) == len(reply.choices[0].token_ids) == reply.usage.completion_tokens
    for entry in entries:
        assert len(entry.top_logprobs) == 3
        best = entry.top_logprobs[0]
        assert best.token == entry.token and abs(best.logprob - entry.logprob) < 1e-3  # greedy took the best
        assert entry.top_logprobs[0].logprob >= entry.top_logprobs[1].logprob >= entry.top_logprobs[2].logprob
        assert entry.logprob <= 0


def test_a_named_tool_choice_gives_a_call_that_fits_the_schema(live_server):
    reply = live_server.client().chat.completions.create(
        model="m", messages=[{"role": "user", "content": "What's the weather in Paris?"}],
        tools=[TIME, WEATHER], tool_choice={"type": "function", "function": {"name": "get_weather"}},
        max_tokens=40, temperature=0)
    choice = reply.choices[0]
    assert choice.finish_reason == "tool_calls"
    (call,) = choice.message.tool_calls
    assert call.type == "function" and call.function.name == "get_weather" and call.id
    assert schema_errors(WEATHER["function"]["parameters"], json.loads(call.function.arguments)) == []


def test_without_parallel_tool_calls_the_sampled_tokens_hold_one_call(live_server):
    """The turn ends after the first call, so the tokens traced for training are the ones the client got."""
    reply = live_server.client().chat.completions.create(
        model="m", messages=[{"role": "user", "content": "What's the weather in Paris, and in Rome?"}],
        tools=[WEATHER], tool_choice="required", parallel_tool_calls=False, max_tokens=80, temperature=0,
        extra_body={"return_token_ids": True})
    (call,) = reply.choices[0].message.tool_calls
    text = live_server.served.local.tokenizer.decode(reply.choices[0].model_extra["token_ids"])
    assert text.count("<tool_call>") == 1 and call.function.name == "get_weather"


def test_required_tool_choice_streams_the_call_as_tool_call_deltas(live_server):
    chunks = list(live_server.client().chat.completions.create(  # the grammar of the named test's call
        model="m", messages=[{"role": "user", "content": "Is it raining in Tokyo?"}],
        tools=[WEATHER], tool_choice="required", max_tokens=40, temperature=0, stream=True))
    assert not "".join(c.choices[0].delta.content or "" for c in chunks if c.choices).count("<tool_call>")
    calls = [tc for c in chunks if c.choices for tc in c.choices[0].delta.tool_calls or []]
    assert len(calls) >= 1 and calls[0].function.name == "get_weather"
    assert schema_errors(WEATHER["function"]["parameters"], json.loads(calls[0].function.arguments)) == []
    assert chunks[-1].choices[0].finish_reason == "tool_calls"


def test_an_assistant_tool_call_and_the_tool_result_go_into_the_prompt(live_server):
    messages = [
        {"role": "user", "content": "Weather in Oslo?"},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function", "function": {
            "name": "get_weather", "arguments": '{"city": "Oslo"}'}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": "sunny, 21 C"},
    ]
    reply = live_server.client().chat.completions.create(
        model="m", messages=messages, tools=[WEATHER], max_tokens=4, temperature=0,
        extra_body={"return_token_ids": True})
    prompt = live_server.served.local.tokenizer.decode(reply.model_extra["prompt_token_ids"])
    assert '"name": "get_weather"' in prompt and "Oslo" in prompt and "sunny, 21 C" in prompt


def test_a_json_schema_response_format_gives_json_that_fits(live_server):
    schema = {"type": "object", "properties": {"name": {"type": "string"}, "age": {"type": "integer"}},
              "required": ["name", "age"]}
    reply = live_server.client().chat.completions.create(
        model="m", messages=[{"role": "user", "content": "Describe Ada Lovelace as JSON."}], max_tokens=40,
        temperature=0, response_format={"type": "json_schema", "json_schema": {"name": "person", "schema": schema}})
    value = json.loads(reply.choices[0].message.content)
    assert schema_errors(schema, value) == []
    assert reply.choices[0].finish_reason == "stop"


def test_a_json_object_response_format_gives_a_json_object(live_server):
    reply = live_server.client().chat.completions.create(
        model="m", messages=[{"role": "user", "content": "A JSON object about a cat, please."}], max_tokens=30,
        temperature=0.8, seed=3, response_format={"type": "json_object"})
    assert isinstance(json.loads(reply.choices[0].message.content), dict)


def test_tool_choice_none_hides_the_tools_and_makes_no_call(live_server):
    reply = live_server.client().chat.completions.create(
        model="m", messages=[{"role": "user", "content": "What's the weather in Rome?"}], tools=[WEATHER],
        tool_choice="none", max_tokens=8, temperature=0, extra_body={"return_token_ids": True})
    assert reply.choices[0].message.tool_calls is None and reply.choices[0].finish_reason != "tool_calls"
    prompt = live_server.served.local.tokenizer.decode(reply.model_extra["prompt_token_ids"])
    assert "get_weather" not in prompt


def test_a_frequency_penalty_stops_a_greedy_reply_from_repeating_itself(live_server):
    client = live_server.client()
    ask = [{"role": "user", "content": "Write the word cat twenty times."}]
    plain = client.chat.completions.create(model="m", messages=ask, max_tokens=40, temperature=0,
                                           extra_body={"return_token_ids": True}, logprobs=True)
    penalised = client.chat.completions.create(model="m", messages=ask, max_tokens=40, temperature=0,
                                               frequency_penalty=2.0, presence_penalty=1.0,
                                               extra_body={"return_token_ids": True}, logprobs=True)

    def most_repeated(reply) -> int:
        ids = reply.choices[0].model_extra["token_ids"]
        return max(ids.count(t) for t in set(ids))

    assert most_repeated(penalised) < most_repeated(plain), (plain.choices[0].message.content,
                                                             penalised.choices[0].message.content)

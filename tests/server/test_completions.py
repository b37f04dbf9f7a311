"""Completions and token ids: what a trainer needs to never re-tokenize."""


def test_token_ids_round_trip_from_chat_to_a_token_id_prompt(live_server):
    client = live_server.client()
    chat = client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "Name a colour."}], max_tokens=8, temperature=0,
        extra_body={"return_token_ids": True})
    prompt_ids = chat.model_extra["prompt_token_ids"]
    token_ids = chat.choices[0].model_extra["token_ids"]
    tokenizer = live_server.served.local.tokenizer
    assert prompt_ids == live_server.served.local.chat_template_ids([{"role": "user", "content": "Name a colour."}])
    assert tokenizer.decode(token_ids, skip_special_tokens=True) == chat.choices[0].message.content

    raw = client.completions.create(model="m", prompt=prompt_ids, max_tokens=8, temperature=0,
                                    extra_body={"return_token_ids": True})
    assert raw.model_extra["prompt_token_ids"] == prompt_ids  # used as is, not re-tokenized
    assert raw.choices[0].model_extra["token_ids"] == token_ids
    assert raw.choices[0].text == chat.choices[0].message.content
    assert raw.usage.prompt_tokens == len(prompt_ids)


def test_a_text_prompt_streams_and_logprobs_name_the_top_tokens(live_server):
    client = live_server.client()
    whole = client.completions.create(model="m", prompt="The capital of France is", max_tokens=6,
                                      temperature=0, logprobs=2)
    lp = whole.choices[0].logprobs
    assert len(lp.tokens) == len(lp.token_logprobs) == len(lp.top_logprobs) == whole.usage.completion_tokens
    assert all(len(top) == 2 and tok in top for tok, top in zip(lp.tokens, lp.top_logprobs, strict=True))
    streamed = "".join(c.choices[0].text for c in client.completions.create(
        model="m", prompt="The capital of France is", max_tokens=6, temperature=0, stream=True) if c.choices)
    assert streamed == whole.choices[0].text


def test_a_batch_of_prompts_gives_n_choices_each_in_order(live_server):
    reply = live_server.client().completions.create(model="m", prompt=["One, two,", "Red, green,"], max_tokens=4,
                                                    temperature=0, n=2)
    assert [c.index for c in reply.choices] == [0, 1, 2, 3]
    assert reply.choices[0].text == reply.choices[1].text  # greedy samples of one prompt agree
    assert reply.choices[0].text != reply.choices[2].text


def test_a_stop_string_cuts_the_text_and_ends_with_stop(live_server):
    client = live_server.client()
    free = client.completions.create(model="m", prompt="1, 2, 3, 4,", max_tokens=12, temperature=0)
    assert "," in free.choices[0].text  # the greedy continuation goes on counting
    cut = client.completions.create(model="m", prompt="1, 2, 3, 4,", max_tokens=12, temperature=0, stop=[","])
    assert cut.choices[0].finish_reason == "stop"
    assert cut.choices[0].text == free.choices[0].text.split(",")[0]

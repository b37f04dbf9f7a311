"""Bad requests get a 400 in OpenAI's shape with a message that says what to change."""

import httpx
import openai
import pytest

USER = [{"role": "user", "content": "hi"}]


@pytest.mark.parametrize(("ask", "says"), [
    ({"messages": []}, "messages: must hold at least one message"),
    ({"messages": [{"role": "bot", "content": "hi"}]}, "messages[0].role: unknown role 'bot'"),
    ({"messages": USER, "max_tokens": -1}, "max_tokens must be at least 1"),
    ({"messages": USER, "max_completion_tokens": 0}, "max_completion_tokens must be at least 1"),
    ({"messages": USER, "max_tokens": 100_000}, "ask for at most"),
    ({"messages": [{"role": "user", "content": "word " * 9000}]}, "shorten the prompt"),
    ({"messages": USER, "tools": [{"type": "function", "function": {"name": "f"}}],
      "tool_choice": {"type": "function", "function": {"name": "g"}}}, "'g', which is not among the tools"),
    ({"messages": USER, "tool_choice": "required"}, "no tools are given"),
    ({"messages": USER, "presence_penalty": 2.5}, "presence_penalty: Input should be less than or equal to 2"),
    ({"messages": USER, "top_logprobs": 50, "logprobs": True}, "top_logprobs"),
])
def test_a_bad_chat_request_is_a_400_that_says_why(live_server, ask, says):
    with pytest.raises(openai.BadRequestError) as caught:
        live_server.client().chat.completions.create(model="m", **ask)
    assert caught.value.status_code == 400
    assert says in caught.value.body["message"], caught.value.body


@pytest.mark.parametrize(("prompt", "says"), [
    ([], "prompt is empty"),
    ([1, 2, 10**7], "prompt token ids must be in"),
])
def test_a_bad_completion_prompt_is_a_400(live_server, prompt, says):
    with pytest.raises(openai.BadRequestError) as caught:
        live_server.client().completions.create(model="m", prompt=prompt, max_tokens=2)
    assert says in caught.value.body["message"] and caught.value.body["param"] == "prompt"


def test_the_error_body_has_openai_fields(live_server):
    response = httpx.post(f"{live_server.url}/chat/completions", json={"model": "m", "messages": []})
    assert response.status_code == 400
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert error["type"] == "invalid_request_error" and error["param"] == "messages"
    missing = httpx.post(f"{live_server.url}/chat/completions", json={"model": "m"})
    assert missing.status_code == 400 and missing.json()["error"]["message"] == "messages: is required"

"""LangChain's standard chat-model suites (`langchain-tests`) against LoopwrightChat.

Every partner integration runs these; here they run on the embedded SmolLM2-135M through
the process's shared engine, built by name as a LangChain user builds it. Capabilities are
the suite's own flags, left at what the model really does: text only (no images, audio,
PDFs, Anthropic-style blocks), no JSON mode beside forced tool calls. Two tests the suite
has no flag for are declared expected failures: an agent loop where the model must choose
to call a tool on its own (the 135M model writes prose instead, which is why our agent
forces calls or uses the `code` action format), and a Japanese argument that does not fit
the short replies (`max_tokens`) that keep the integration suite fast on two cores (a
forced call is constrained to close within the budget; with room it is copied whole).
"""

from pathlib import Path

import pytest
from langchain_core.language_models import BaseChatModel
from langchain_tests.integration_tests import ChatModelIntegrationTests
from langchain_tests.unit_tests import ChatModelUnitTests

from loopwright.models.chat_model import LoopwrightChat
from loopwright.models.loading import resolve_spec

MODEL = {"model": "smollm2-135m", "temperature": 0}


def embedded_gguf_path() -> str:
    """The embedded model spelled as its GGUF file: a second model name that loads offline."""
    _, directory, gguf_file = resolve_spec("smollm2-135m")
    return str(Path(directory) / gguf_file)


class TestLoopwrightChatUnit(ChatModelUnitTests):
    @property
    def chat_model_class(self) -> type[LoopwrightChat]:
        return LoopwrightChat

    @property
    def chat_model_params(self) -> dict:
        return MODEL


class TestLoopwrightChatIntegration(ChatModelIntegrationTests):
    @property
    def chat_model_class(self) -> type[LoopwrightChat]:
        return LoopwrightChat

    @property
    def chat_model_params(self) -> dict:
        return {**MODEL, "max_tokens": 40}  # room for a forced call with short arguments

    @property
    def model_override_value(self) -> str:
        """The same weights by file path: the override must reach the reply's `model_name`."""
        return embedded_gguf_path()

    @pytest.mark.xfail(reason="SmolLM2-135M does not choose to call a tool on its own (no flag in "
                              "langchain-tests for that); forced calls pass in test_tool_calling",
                       strict=False)
    def test_agent_loop(self, model: BaseChatModel) -> None:
        super().test_agent_loop(model)

    @pytest.mark.xfail(reason="budget, not Unicode: the Japanese name takes more than this suite's 40 "
                              "tokens, so the constraint closes the string early; with 80 it is copied "
                              "whole (test_unicode_argument_is_copied_whole_with_room)", strict=False)
    def test_unicode_tool_call_integration(self, model: BaseChatModel) -> None:
        super().test_unicode_tool_call_integration(model)


@pytest.fixture
def chat() -> LoopwrightChat:
    return LoopwrightChat(**MODEL, max_tokens=40)


def test_models_built_by_name_share_one_engine(chat, embedded_engine):
    other = LoopwrightChat(model=embedded_gguf_path())
    assert chat._target(None)[1] is embedded_engine is other._target(None)[1]
    assert chat._target(None)[0].name == "smollm2-135m"  # each spelling keeps its name, whichever loaded first
    assert other._target(None)[0].name == "SmolLM2-135M-Instruct.Q4_1"


def test_engine_and_local_go_together(embedded_engine):
    with pytest.raises(ValueError, match="together"):
        LoopwrightChat(engine=embedded_engine)


def test_model_override_reaches_trace_params_and_the_engine(chat, embedded_model):
    class SilentEngine:
        """An engine that must not be asked: the override runs on the shared one."""

        def generate(self, prompts, params):
            raise AssertionError("the model override was ignored")

    mine = LoopwrightChat(engine=SilentEngine(), local=embedded_model, max_tokens=4)
    path = embedded_gguf_path()
    assert mine._get_ls_params(model=path)["ls_model_name"] == path
    assert mine._get_ls_params()["ls_model_name"] == "smollm2-135m"
    reply = mine.invoke("Hello", model=path)
    assert reply.response_metadata["model_name"] == path and reply.content


def test_streamed_reply_carries_usage_once(chat):
    chunks = list(chat.stream("Hello"))
    with_usage = [c for c in chunks if c.usage_metadata]
    assert len(with_usage) == 1 and chunks[-1].chunk_position == "last"
    usage = with_usage[0].usage_metadata
    meta = with_usage[0].response_metadata
    assert usage["input_tokens"] == len(meta["prompt_token_ids"])
    assert usage["output_tokens"] == len(meta["completion_token_ids"]) > 0


WEATHER = {"type": "function", "function": {"name": "get_weather", "description": "Weather of a city", "parameters": {
    "type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}}}


def test_forced_call_is_one_call_unless_parallel_calls_are_asked_for(chat):
    question = "What's the weather in Paris, and in Rome?"
    roomy = chat.model_copy(update={"max_tokens": 80})  # room for a second call
    one = roomy.bind_tools([WEATHER], tool_choice="any").invoke(question)
    assert len(one.tool_calls) == 1 and one.content.count("<tool_call>") == 1  # the tokens too, not a cut
    many = roomy.bind_tools([WEATHER], tool_choice="any", parallel_tool_calls=True).invoke(question)
    assert len(many.tool_calls) > 1  # Paris, then Rome


def test_unicode_argument_is_copied_whole_with_room(chat):
    """A string argument closes only between whole UTF-8 characters, and with room for it the
    model copies a Japanese name into the forced call."""
    from langchain_tests.integration_tests.chat_models import unicode_customer

    bound = chat.model_copy(update={"max_tokens": 80}).bind_tools([unicode_customer], tool_choice="any")
    reply = bound.invoke("Create a customer named 'こんにちは株式会社' (Hello Corporation) - a Japanese company")
    (call,) = reply.tool_calls
    assert "こんにちは" in call["args"]["customer_name"]

"""A streamed reply carries the same tool calls as a generated one, malformed calls included.

LangChain rebuilds the calls of merged stream chunks with a partial-JSON parser; these tests
replay fixed completions so they check our parse, not what a model happens to write.
"""

import pytest
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage

from loopwright.models.chat_model import LoopwrightChat, with_parsed_calls
from loopwright.models.sampling import Completion, GenerationResult, StreamDelta

QUESTION = [HumanMessage("List the files.")]
BASH = {"type": "function", "function": {"name": "bash", "description": "Run a command", "parameters": {
    "type": "object", "properties": {"command": {"type": "string"}}, "required": ["command"]}}}
COMPLETIONS = {
    "valid": '<tool_call>{"name": "bash", "arguments": {"command": "ls"}}</tool_call>',
    "half_json": '<tool_call>{"name": "bash", ',
    "not_json": "<tool_call>run ls please</tool_call>",
}


class ReplayEngine:
    """An engine double that writes `text` whatever the prompt, one character per token."""

    def __init__(self, text: str) -> None:
        self.text = text

    def generate(self, prompts: list, params=None) -> list[GenerationResult]:
        ids = [ord(c) for c in self.text]
        return [GenerationResult(list(prompts[0]), [Completion(ids, self.text, [0.0] * len(ids), "stop")])]

    def stream(self, prompt: list, params=None):
        for i, c in enumerate(self.text):
            yield StreamDelta(c, ord(c), 0.0, "stop" if i == len(self.text) - 1 else None)


def replaying(local, text: str):
    """An unconstrained chat model with bash bound, whose engine replays `text`."""
    return LoopwrightChat(engine=ReplayEngine(text), local=local, constrained=False).bind_tools([BASH])


def calls(message: AIMessage) -> tuple[list[dict], list[dict]]:
    """The message's valid and invalid calls without their ids (every parse draws new ones)."""
    def strip(cs: list) -> list[dict]:
        return [{k: v for k, v in c.items() if k != "id"} for c in cs]
    return strip(message.tool_calls), strip(message.invalid_tool_calls)


@pytest.mark.parametrize("kind", COMPLETIONS)
def test_invoke_over_stream_has_the_calls_of_generate(embedded_model, kind):
    model = replaying(embedded_model, COMPLETIONS[kind])
    generated = model.invoke(QUESTION)  # no streaming handler: `_generate`
    streamed = model.invoke(QUESTION, stream=True)  # `_stream` merged, as under LangGraph's messages mode
    assert calls(streamed) == calls(generated)
    assert [c["id"] for c in streamed.invalid_tool_calls] == list(streamed.response_metadata["parse_errors"])


async def test_ainvoke_over_stream_has_the_calls_of_generate(embedded_model):
    model = replaying(embedded_model, COMPLETIONS["half_json"])
    assert calls(await model.ainvoke(QUESTION, stream=True)) == calls(model.invoke(QUESTION))


@pytest.mark.parametrize("kind", COMPLETIONS)
def test_merged_stream_chunks_have_the_calls_of_generate(embedded_model, kind):
    model = replaying(embedded_model, COMPLETIONS[kind])
    chunks = list(model.stream(QUESTION))
    merged = chunks[0] + chunks[1:]
    assert calls(with_parsed_calls(merged)) == calls(model.invoke(QUESTION))


def test_half_written_call_in_a_streamed_graph_run_is_a_parse_error_observation(embedded_model):
    from loopwright.agent import AgentConfig, build_graph
    from loopwright.tools.builtins import bash

    model = LoopwrightChat(engine=ReplayEngine(COMPLETIONS["half_json"]), local=embedded_model, constrained=False)
    graph = build_graph(model, [bash], lambda: None, AgentConfig(max_turns=1))
    updates = [chunk for mode, chunk in graph.stream(
        {"messages": QUESTION, "turns": 0}, {"configurable": {"thread_id": "t"}},
        stream_mode=["messages", "updates"]) if mode == "updates"]
    observation = next(u["tools"]["messages"][0] for u in updates if "tools" in u)
    assert isinstance(observation, ToolMessage)
    assert "could not be parsed: invalid JSON" in observation.content

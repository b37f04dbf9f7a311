"""LoopwrightChat on the embedded model: invoke, token streaming, async, LangGraph drop-in."""

import pytest
from langchain_core.messages import AIMessage, AIMessageChunk, HumanMessage, ToolMessage
from langchain_core.tools import tool as lc_tool

from loopwright.models.chat_model import LoopwrightChat
from loopwright.models.sampling import SamplingParams

QUESTION = [HumanMessage("What is 2+2? Answer in one word.")]


@pytest.fixture(scope="module")
def chat(embedded_model, embedded_engine):
    return LoopwrightChat(engine=embedded_engine, local=embedded_model, action_format="tool_call",
                          sampling=SamplingParams(max_new_tokens=12))


@lc_tool(return_direct=True)
def add(a: int, b: int) -> int:
    """Add two integers."""
    return a + b


def test_invoke_returns_token_ids_logprobs_and_timings(chat, embedded_model):
    reply = chat.invoke(QUESTION)
    meta = reply.response_metadata
    assert isinstance(reply, AIMessage) and reply.content
    assert meta["prompt_token_ids"] == embedded_model.chat_template_ids([{"role": "user", "content": QUESTION[0].content}])
    assert 0 < len(meta["completion_token_ids"]) == len(meta["logprobs"]) <= 12
    assert all(lp <= 0.0 for lp in meta["logprobs"])
    assert meta["finish_reason"] in ("stop", "length") and "total" in meta["timings"]


def test_stream_yields_tokens_and_matches_invoke_when_greedy(chat):
    chunks = list(chat.stream(QUESTION))
    text_chunks = [c for c in chunks if c.content]
    assert len(text_chunks) >= 2  # token by token, not one blob
    merged = chunks[0]
    for c in chunks[1:]:
        merged += c
    assert isinstance(merged, AIMessageChunk)
    assert merged.content == chat.invoke(QUESTION).content
    assert len(merged.response_metadata["completion_token_ids"]) == len(text_chunks)


async def test_async_invoke_and_stream(chat):
    reply = await chat.ainvoke(QUESTION)
    pieces = [c.content async for c in chat.astream(QUESTION)]
    assert reply.content and "".join(pieces) == reply.content


@pytest.fixture(scope="module")
def tool_chat(chat):
    """Room for a whole call: the constraint only forces what the token budget can close."""
    return chat.model_copy(update={"sampling": SamplingParams(max_new_tokens=40)})


def test_required_tool_choice_forces_a_valid_call(tool_chat):
    bound = tool_chat.bind_tools([add], tool_choice="required")
    reply = bound.invoke([HumanMessage("Add 2 and 3.")])
    assert reply.invalid_tool_calls == [] and len(reply.tool_calls) >= 1
    call = reply.tool_calls[0]
    assert call["name"] == "add" and set(call["args"]) == {"a", "b"}
    assert all(isinstance(v, int) for v in call["args"].values())


def test_tool_choice_none_gives_plain_text(chat):
    reply = chat.bind_tools([add], tool_choice="none").invoke(QUESTION)
    assert reply.tool_calls == [] and reply.response_metadata["final_answer"] == reply.content.strip()


@pytest.mark.filterwarnings("ignore:create_react_agent has been moved")
def test_works_inside_langgraph_create_react_agent(tool_chat):
    from langgraph.prebuilt import create_react_agent

    agent = create_react_agent(tool_chat.bind_tools([add], tool_choice="required"), [add])
    out = agent.invoke({"messages": [HumanMessage("Add 2 and 3 with the add tool.")]})
    ai, result = out["messages"][-2], out["messages"][-1]
    assert isinstance(ai, AIMessage) and ai.tool_calls[0]["name"] == "add"
    assert isinstance(result, ToolMessage) and result.content == str(ai.tool_calls[0]["args"]["a"] + ai.tool_calls[0]["args"]["b"])


def test_langgraph_messages_stream_shows_tokens_of_the_agent_graph(chat):
    from loopwright.agent import AgentConfig, build_graph

    graph = build_graph(chat, [], lambda: None, AgentConfig(max_turns=1))
    tokens = [chunk.content for chunk, meta in graph.stream(
        {"messages": QUESTION, "turns": 0}, {"configurable": {"thread_id": "stream"}}, stream_mode="messages")
        if meta["langgraph_node"] == "model" and chunk.content]
    assert len(tokens) >= 2


def test_bad_action_format_is_a_clear_error(chat):
    with pytest.raises(ValueError, match="unknown action format"):
        LoopwrightChat(engine=chat.engine, local=chat.local, action_format="xml").invoke(QUESTION)


def test_code_format_with_required_choice_forces_a_block(tool_chat):
    bash = {"type": "function", "function": {"name": "bash", "description": "Run a command", "parameters": {
        "type": "object", "properties": {"command": {"type": "string"}}, "required": ["command"]}}}
    coder = tool_chat.model_copy(update={"action_format": "code"})
    reply = coder.bind_tools([bash], tool_choice="required").invoke([HumanMessage("What is 2+2?")])
    assert reply.content.startswith("```bash\n") and [c["name"] for c in reply.tool_calls] == ["bash"]

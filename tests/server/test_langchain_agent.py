"""An agent written for OpenAI (LangChain's `create_agent` over `ChatOpenAI`) becomes trainable
through our server: its calls are traced with token ids, and `loopwright train --traces` takes
one SFT step on them.

The embedded 135M model does not call a tool on its own, so a middleware forces the first
turn's call (`tool_choice="required"`, constrained by the server) and lets the model answer
freely once the tool has run; the test asserts on what the agent and the trace really hold.
"""

import json
import math
import subprocess
import sys

import httpx
from langchain.agents import create_agent
from langchain.agents.middleware import ModelRequest, wrap_model_call
from langchain_core.messages import AIMessage, ToolMessage
from langchain_core.tools import tool
from langchain_openai import ChatOpenAI

from loopwright.agent.tracing import attributes as A

SESSION = "langchain-agent-1"


@tool
def word_length(word: str) -> int:
    """The number of letters in a word."""
    return len(word)


@wrap_model_call
def call_the_tool_first(request: ModelRequest, handler):
    """Force a call until the tool has run, then let the model answer (it would not call on its own)."""
    called = any(isinstance(m, ToolMessage) for m in request.messages)
    return handler(request.override(tool_choice="none" if called else "required"))


def test_a_langchain_agent_on_our_server_is_traced_and_trains_one_sft_step(live_server, tmp_path):
    from loopwright.agent.tracing import shutdown_tracing
    from loopwright.agent.tracing.reader import read_traces
    from loopwright.server.tracing import CallTracer

    traces = tmp_path / "traces"
    live_server.served.tracer = CallTracer(traces)
    try:
        model = ChatOpenAI(base_url=live_server.url, api_key="unused", model="smollm2-135m", temperature=0,
                           max_completion_tokens=48, max_retries=0, default_headers={"X-Session-Id": SESSION})
        agent = create_agent(model, [word_length], middleware=[call_the_tool_first],
                             system_prompt="Use the tools to answer.")
        out = agent.invoke({"messages": [{"role": "user", "content": "How many letters are in 'loopwright'?"}]})
        rewarded = httpx.post(f"{live_server.url}/rewards", json={"session": SESSION, "reward": 1.0})
    finally:
        live_server.served.tracer = None
        shutdown_tracing()

    calls = [c for m in out["messages"] if isinstance(m, AIMessage) for c in m.tool_calls]
    results = [m for m in out["messages"] if isinstance(m, ToolMessage)]
    assert [c["name"] for c in calls] == ["word_length"] and results
    assert results[0].content == str(len(calls[0]["args"]["word"]))
    assert isinstance(out["messages"][-1], AIMessage) and not out["messages"][-1].tool_calls

    assert rewarded.status_code == 200, rewarded.text
    (trace,) = [t for t in read_traces(traces).values() if t.run_attribute(A.CONVERSATION_ID) == SESSION]
    spans = trace.by_operation(A.OP_CHAT)
    assert len(spans) == 2 and trace.reward == 1.0  # the forced call, then the answer
    assert all(s["attributes"][A.COMPLETION_TOKEN_IDS] for s in spans)

    run = tmp_path / "run"
    trained = subprocess.run(
        [sys.executable, "-c", "from loopwright.cli import main; main()", "train", "--traces", str(traces),
         "--algo", "sft", "--steps", "1", "--lora-r", "4", "--out", str(run)],
        capture_output=True, text=True, timeout=600,
    )
    assert trained.returncode == 0, trained.stderr[-3000:]
    (step,) = [json.loads(line) for line in (run / "train_log.jsonl").read_text().splitlines()]
    assert step["tokens"] > 0 and math.isfinite(step["loss"])

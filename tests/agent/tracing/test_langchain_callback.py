"""ChatSpanCallback: LoopwrightChat's calls become chat spans with no tracing code in models/."""

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest
from langchain_core.messages import HumanMessage

from loopwright.agent import SandboxManager
from loopwright.agent.runner import AgentRuntime, RunSpec
from loopwright.agent.tracing import (
    TracingConfig,
    invoke_agent_span,
    shutdown_tracing,
)
from loopwright.agent.tracing.langchain_callback import ChatSpanCallback
from loopwright.models.chat_model import LoopwrightChat
from loopwright.models.sampling import SamplingParams
from tests.fixtures.tracing import spans_of

ROOT = Path(__file__).resolve().parents[3]
QUESTION = [HumanMessage("What is 2+2? Answer in one word.")]


def _chat(local, engine) -> LoopwrightChat:
    return LoopwrightChat(engine=engine, local=local, action_format="tool_call",
                          sampling=SamplingParams(max_new_tokens=8, top_k=5, seed=3))


@pytest.mark.parametrize("call", ["invoke", "stream"])
def test_a_call_inside_a_run_is_one_chat_span_with_its_token_ids(call, trace_dir, embedded_model, embedded_engine):
    chat = _chat(embedded_model, embedded_engine)
    config = {"callbacks": [ChatSpanCallback()]}
    with invoke_agent_span("coder", "conv", task_id="t1"):
        if call == "invoke":
            reply = chat.invoke(QUESTION, config)
        else:
            reply, *rest = chat.stream(QUESTION, config)
            for chunk in rest:
                reply += chunk
    shutdown_tracing()

    spans = spans_of(trace_dir)
    (root,) = [s for s in spans if s["name"] == "invoke_agent coder"]
    chats = [s for s in spans if s["name"].startswith("chat")]
    assert [s["name"] for s in chats] == ["chat smollm2-135m"]
    span = chats[0]
    assert span["parent_span_id"] == root["span_id"] and span["trace_id"] == root["trace_id"]
    attrs, meta = span["attributes"], reply.response_metadata
    assert attrs["loopwright.prompt_token_ids"] == meta["prompt_token_ids"]
    assert attrs["loopwright.completion_token_ids"] == meta["completion_token_ids"] != []
    assert attrs["loopwright.logprobs"] == pytest.approx(meta["logprobs"])
    assert attrs["gen_ai.response.finish_reasons"] == [meta["finish_reason"]]
    assert attrs["gen_ai.usage.input_tokens"] == len(meta["prompt_token_ids"])
    assert json.loads(attrs["gen_ai.output.messages"])[0]["parts"][0]["content"] == reply.content
    assert attrs["loopwright.timing.total_s"] == pytest.approx(meta["timings"]["total"])
    assert attrs["gen_ai.request.max_tokens"] == 8 and attrs["gen_ai.request.top_k"] == 5
    assert attrs["gen_ai.request.seed"] == 3 and attrs["gen_ai.request.temperature"] == 0.0
    assert "</tool_call>" not in attrs.get("gen_ai.request.stop_sequences", [])  # no tools bound
    assert attrs["loopwright.task_id"] == "t1" and attrs["gen_ai.conversation.id"] == "conv"


def test_a_failed_call_ends_its_span_as_an_error(trace_dir, embedded_model):
    class BrokenEngine:
        def generate(self, prompts, params):
            raise RuntimeError("kv cache exploded")

    chat = LoopwrightChat(engine=BrokenEngine(), local=embedded_model, sampling=SamplingParams(max_new_tokens=4))
    with invoke_agent_span("coder", "conv"), pytest.raises(RuntimeError, match="kv cache exploded"):
        chat.invoke(QUESTION, {"callbacks": [ChatSpanCallback()]})
    shutdown_tracing()

    (span,) = [s for s in spans_of(trace_dir) if s["name"] == "chat smollm2-135m"]
    assert span["status"]["code"] == "ERROR" and "kv cache exploded" in span["status"]["message"]
    assert "loopwright.completion_token_ids" not in span["attributes"]


@pytest.mark.filterwarnings("ignore::loopwright.envs.sandbox.LocalUnsafeWarning")
def test_runtime_chat_spans_are_children_of_the_run_span(tmp_path, embedded_model, embedded_engine):
    """LangGraph runs the model node in a worker thread: the span parent still is the run."""
    with SandboxManager("local") as sandboxes:
        runtime = AgentRuntime(embedded_engine, embedded_model, sandboxes,
                               tracing=TracingConfig(trace_dir=tmp_path / "traces"),
                               sampling=SamplingParams(max_new_tokens=16))
        result = runtime.run(RunSpec("Say hi.", max_turns=1))
    spans = [s for s in spans_of(tmp_path / "traces") if s["trace_id"] == result.trace_id]
    (root,) = [s for s in spans if s["name"].startswith("invoke_agent")]
    chats = [s for s in spans if s["name"] == "chat smollm2-135m"]
    assert len(chats) == result.turns == 1
    assert chats[0]["parent_span_id"] == root["span_id"]
    assert len(chats[0]["attributes"]["loopwright.completion_token_ids"]) == result.completion_tokens > 0


def _agent_imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return [f"{path.relative_to(ROOT)}: {n}" for n in names if n.startswith("loopwright.agent")]


def test_models_import_nothing_from_agent():
    offenders = [hit for path in sorted((ROOT / "models").rglob("*.py")) for hit in _agent_imports(path)]
    assert offenders == []
    code = ("import sys, loopwright.models.chat_model, loopwright.models; "
            "print([m for m in sys.modules if m.startswith('loopwright.agent')])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"

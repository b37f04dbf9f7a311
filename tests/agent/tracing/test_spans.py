"""Span helpers: GenAI-convention attributes, one trace per run, token ids as plain ints."""

import json
from pathlib import Path

import pytest

from loopwright.agent.tracing import (
    chat_span,
    current_trace_id,
    execute_tool_span,
    invoke_agent_span,
    record_completion,
    record_tool_result,
)
from loopwright.agent.trajectories import read_trajectories
from loopwright.models.sampling import Completion, SamplingParams
from tests.fixtures.tracing import spans_of, traced_run


def test_spans_follow_genai_conventions(trace_dir: Path) -> None:
    trace_id = traced_run([([1, 2, 3], [4, 5], "a.txt"), ([1, 2, 3, 4, 5, 6], [7], None)])
    spans = {s["name"]: s for s in spans_of(trace_dir) if s["name"] != "chat smollm2-135m"}
    chats = [s for s in spans_of(trace_dir) if s["name"] == "chat smollm2-135m"]
    root, tool = spans["invoke_agent coder"], spans["execute_tool bash"]

    assert {s["trace_id"] for s in [root, tool, *chats]} == {trace_id}
    assert root["parent_span_id"] is None
    assert tool["parent_span_id"] == root["span_id"] == chats[0]["parent_span_id"]
    assert root["attributes"]["gen_ai.operation.name"] == "invoke_agent"
    assert root["attributes"]["gen_ai.agent.name"] == "coder"
    assert root["attributes"]["gen_ai.conversation.id"] == "conv-1"
    assert root["attributes"]["loopwright.task_id"] == "task-1"
    assert root["attributes"]["loopwright.group_id"] == "group-1"
    assert root["attributes"]["loopwright.reward"] == 1.0
    assert root["attributes"]["loopwright.turns"] == 2
    assert root["attributes"]["loopwright.finish_reason"] == "finished"

    chat = chats[0]["attributes"]
    assert chat["gen_ai.operation.name"] == "chat"
    assert chat["gen_ai.provider.name"] == "loopwright"
    assert chat["gen_ai.request.model"] == "smollm2-135m"
    assert chat["gen_ai.request.temperature"] == 0.7
    assert chat["gen_ai.request.top_p"] == 0.9
    assert chat["gen_ai.request.max_tokens"] == 64
    assert chat["gen_ai.usage.input_tokens"] == 3
    assert chat["gen_ai.usage.output_tokens"] == 2
    assert chat["gen_ai.response.finish_reasons"] == ["stop"]
    assert chat["loopwright.prompt_token_ids"] == [1, 2, 3]
    assert chat["loopwright.completion_token_ids"] == [4, 5]
    assert chat["loopwright.logprobs"] == [-0.5, -0.51]
    assert chat["loopwright.timing.decode_s"] == 0.2
    assert chat["loopwright.task_id"] == "task-1"  # run ids ride on every span

    t = tool["attributes"]
    assert t["gen_ai.operation.name"] == "execute_tool"
    assert t["gen_ai.tool.name"] == "bash"
    assert t["gen_ai.tool.call.id"] == "call-0"
    assert json.loads(t["gen_ai.tool.call.arguments"]) == {"command": "ls"}
    assert t["gen_ai.tool.call.result"] == "a.txt"
    assert t["loopwright.exit_code"] == 0


def test_failed_tool_marks_its_span_as_error(trace_dir: Path) -> None:
    with invoke_agent_span("coder", "conv-2"), execute_tool_span("bash", "c", {}) as span:
        record_tool_result(span, "command not found", exit_code=127, is_error=True)
    tool = next(s for s in spans_of(trace_dir) if s["name"] == "execute_tool bash")
    assert tool["status"]["code"] == "ERROR"
    assert tool["attributes"]["error.type"] == "tool_error"
    assert tool["attributes"]["loopwright.exit_code"] == 127


def test_each_run_is_its_own_trace_even_when_nested(trace_dir: Path) -> None:
    with invoke_agent_span("outer", "c1"):
        outer = current_trace_id()
        with invoke_agent_span("inner", "c2"):
            inner = current_trace_id()
        assert current_trace_id() == outer
    assert outer != inner and len(outer) == 32


def test_current_trace_id_outside_a_run_says_so(trace_dir: Path) -> None:
    with pytest.raises(RuntimeError, match="no active trace"):
        current_trace_id()


def test_numpy_token_ids_are_recorded_as_integers(trace_dir: Path) -> None:
    import numpy as np

    ids = np.array([5, 6, 7], dtype=np.int64)
    with invoke_agent_span("coder", "c"), chat_span("m", SamplingParams()) as span:
        completion = Completion(list(ids[1:]), "x", [np.float32(-0.5)] * 2, "stop")
        record_completion(span, list(ids), completion)
    (trajectory,) = read_trajectories(trace_dir)
    assert trajectory.turns[0].prompt_token_ids == [5, 6, 7]
    assert trajectory.turns[0].completion_token_ids == [6, 7]
    assert trajectory.turns[0].logprobs == [-0.5, -0.5]

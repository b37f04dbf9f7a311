"""Tracing: GenAI-convention spans in append-only JSONL, swappable setup, kill safety."""

import json
import subprocess
import sys
import threading
import warnings
from pathlib import Path

import pytest
from loopwright.agent.tracing import (
    TracingConfig,
    append_reward,
    chat_span,
    current_trace_id,
    end_of_turn,
    execute_tool_span,
    invoke_agent_span,
    record_completion,
    record_run_outcome,
    record_tool_result,
    setup_tracing,
    shutdown_tracing,
)
from loopwright.agent.trajectories import read_trajectories
from loopwright.models.sampling import Completion, SamplingParams
from opentelemetry import trace


def traced_run(
    turns: list[tuple[list[int], list[int], str]],
    task_id: str | None = "task-1",
    group_id: str | None = "group-1",
    reward: float | None = 1.0,
) -> str:
    """A run through the public API: per turn (prompt ids, completion ids, tool output)."""
    params = SamplingParams(temperature=0.7, top_p=0.9, max_new_tokens=64)
    with invoke_agent_span("coder", "conv-1", task_id=task_id, group_id=group_id) as root:
        for i, (prompt, completion_ids, observation) in enumerate(turns):
            with chat_span("smollm2-135m", params) as span:
                logprobs = [-0.5 - 0.01 * j for j in range(len(completion_ids))]
                completion = Completion(completion_ids, f"turn {i}", logprobs, "stop")
                record_completion(span, prompt, completion, {"prefill": 0.01, "decode": 0.2})
            if observation is not None:
                with execute_tool_span("bash", f"call-{i}", {"command": "ls"}) as span:
                    record_tool_result(span, observation, exit_code=0, is_error=False)
            end_of_turn()
        record_run_outcome(root, "finished", turns=len(turns), reward=reward, answer="done")
        return current_trace_id()


def spans_of(trace_dir: Path) -> list[dict]:
    lines = [line for f in sorted(trace_dir.glob("*.jsonl")) for line in f.read_text().splitlines()]
    return [json.loads(line) for line in lines]


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


def test_setup_is_idempotent_and_swaps_exporters(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    setup_tracing(TracingConfig(trace_dir=first))
    provider = trace.get_tracer_provider()
    setup_tracing(TracingConfig(trace_dir=first))  # same config: nothing added
    traced_run([([1], [2], None)])
    assert len(spans_of(first)) == 2  # one chat + one root, not duplicated

    setup_tracing(TracingConfig(trace_dir=second))
    traced_run([([1], [2], None)])
    shutdown_tracing()
    assert len(spans_of(first)) == 2 and len(spans_of(second)) == 2
    assert trace.get_tracer_provider() is provider


def test_bad_config_is_refused_and_keeps_the_current_one(trace_dir: Path, tmp_path: Path) -> None:
    a_file = tmp_path / "not-a-dir"
    a_file.write_text("x")
    with pytest.raises(ValueError, match="not a directory"):
        setup_tracing(TracingConfig(trace_dir=a_file))
    with pytest.raises(ValueError, match="http"):
        setup_tracing(TracingConfig(trace_dir=None, otlp_endpoint="localhost:4318"))
    traced_run([([1], [2], None)])
    assert len(spans_of(trace_dir)) == 2


def test_console_exporter_prints_spans_to_stderr(tmp_path: Path, capsys) -> None:
    setup_tracing(TracingConfig(trace_dir=None, console=True))
    traced_run([([1], [2], None)])
    shutdown_tracing()
    captured = capsys.readouterr()
    assert '"name": "chat smollm2-135m"' in captured.err
    assert captured.out == ""


def test_concurrent_runs_write_whole_lines(trace_dir: Path) -> None:
    def run(worker: int) -> None:
        prompt = list(range(worker, worker + 300))
        traced_run([(prompt + [0] * k, [worker] * 300, "x" * 1000) for k in range(10)],
                   task_id=f"t{worker}")

    threads = [threading.Thread(target=run, args=(w,)) for w in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any torn or interleaved line would warn
        trajectories = read_trajectories(trace_dir)
    assert sorted(t.task_id for t in trajectories) == [f"t{w}" for w in range(8)]
    for t in trajectories:
        worker = int(t.task_id[1:])
        assert len(t.turns) == 10
        assert all(turn.completion_token_ids == [worker] * 300 for turn in t.turns)


def test_sigkill_loses_only_the_span_in_flight(tmp_path: Path) -> None:
    # Plain namespaces with the fields of SamplingParams and Completion: importing
    # loopwright.models would load torch and transformers in the child for nothing.
    script = f"""
import time
from pathlib import Path
from types import SimpleNamespace as NS
from loopwright.agent.tracing import *
params = NS(temperature=0.0, top_p=1.0, max_new_tokens=8, top_k=0, seed=None, stop=[], n=1)
setup_tracing(TracingConfig(trace_dir=Path({str(tmp_path)!r})))
with invoke_agent_span("coder", "conv", task_id="killed-task", group_id="g"):
    with chat_span("m", params) as span:
        completion = NS(token_ids=[3, 4], text="hi", logprobs=[-1.0, -2.0], finish_reason="stop")
        record_completion(span, [1, 2], completion)
    with execute_tool_span("bash", "c0", {{"command": "ls"}}) as span:
        record_tool_result(span, "out", 0, False)
    end_of_turn()
    with chat_span("m", params) as span:
        print("turn 1 done", flush=True)
        time.sleep(60)
"""
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "turn 1 done"
    finally:
        proc.kill()
        proc.wait()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the finished turn's lines are whole
        (trajectory,) = read_trajectories(tmp_path)
    assert not trajectory.complete
    assert trajectory.task_id == "killed-task" and trajectory.group_id == "g"
    assert [t.completion_token_ids for t in trajectory.turns] == [[3, 4]]
    assert trajectory.turns[0].observations == ["out"]


def test_append_reward_overrides_the_run_reward(trace_dir: Path) -> None:
    trace_id = traced_run([([1], [2], None)], reward=0.0)
    append_reward(trace_dir, trace_id, 0.25)
    append_reward(trace_dir, trace_id.upper(), 0.75)
    (trajectory,) = read_trajectories(trace_dir)
    assert trajectory.reward == 0.75


@pytest.mark.parametrize(
    ("trace_id", "reward", "message"),
    [
        ("abc", 1.0, "32 hex"),
        ("0" * 32, 1.0, "no trace"),
        (None, float("nan"), "finite"),
    ],
)
def test_append_reward_refuses_bad_input(trace_dir: Path, trace_id, reward, message) -> None:
    real = traced_run([([1], [2], None)], reward=None)
    before = spans_of(trace_dir)
    with pytest.raises(ValueError, match=message):
        append_reward(trace_dir, trace_id or real, reward)
    assert spans_of(trace_dir) == before


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

"""JSONL trace files: whole lines under concurrency and SIGKILL, rewards appended after the run."""

import subprocess
import sys
import threading
import warnings
from pathlib import Path

import pytest

from loopwright.agent.tracing import append_reward
from loopwright.agent.trajectories import read_trajectories
from tests.fixtures.tracing import trace_records, traced_run


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
    end_of_run()
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
    before = trace_records(trace_dir)
    with pytest.raises(ValueError, match=message):
        append_reward(trace_dir, trace_id or real, reward)
    assert trace_records(trace_dir) == before

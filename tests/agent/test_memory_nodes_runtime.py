"""Memory through AgentRuntime on the embedded model in a local sandbox: the verifier's
reward replaces the model's own judgement, and the next run is shown the lesson."""

import pytest

from loopwright.agent import SandboxManager
from loopwright.agent.runner import AgentRuntime, RunSpec
from loopwright.agent.tracing import TracingConfig, shutdown_tracing
from loopwright.memory import Memory, MemoryStore
from loopwright.models.sampling import SamplingParams
from tests.fixtures.tracing import spans_of

pytestmark = pytest.mark.filterwarnings("ignore::loopwright.envs.sandbox.LocalUnsafeWarning")

HELLO = "Create a file hello.txt containing hi, then finish"


def _has_hello(sandbox) -> float:
    try:
        return float(sandbox.read_file("hello.txt").decode().strip() == "hi")
    except Exception:  # no file: the run failed, which is an outcome too
        return 0.0


def test_verified_runs_leave_verifier_judged_items_and_later_runs_see_them(embedded_model, embedded_engine, tmp_path):
    store = MemoryStore(tmp_path / "memory.sqlite")
    runtime = AgentRuntime(embedded_engine, embedded_model, SandboxManager("local"),
                           tracing=TracingConfig(trace_dir=tmp_path / "traces"),
                           sampling=SamplingParams(max_new_tokens=48), memory=Memory(store))
    first = runtime.run(RunSpec(HELLO, task_id="hello", max_turns=4, verify=_has_hello))
    assert first.error is None and store.count() == 1
    item = store.items()[0]
    assert (item.outcome, item.outcome_source, item.task_id, item.run_id) == (
        first.reward, "verifier", "hello", first.run_id)

    second = runtime.run(RunSpec(HELLO, task_id="hello", max_turns=4, verify=_has_hello))
    assert second.error is None and store.count() == 2 and store.get(item.id).used == 1
    shutdown_tracing()
    spans = spans_of(tmp_path / "traces")
    recalls = {s["trace_id"]: s["attributes"]["loopwright.memory.item_ids"] for s in spans if s["name"] == "memory recall"}
    assert recalls == {first.trace_id: [], second.trace_id: [item.id]}
    root = next(s for s in spans if s["trace_id"] == first.trace_id and s["name"].startswith("invoke_agent"))
    outcome = next(e for e in root["events"] if e["name"] == "memory.outcome")
    assert outcome["attributes"]["loopwright.memory.outcome_source"] == "verifier"
    # the lesson is in the second run's first prompt: its first turn prefilled more tokens
    chats = sorted((s for s in spans if s["name"].startswith("chat")), key=lambda s: s["start_time_unix_nano"])
    first_prompt = {s["trace_id"]: len(s["attributes"]["loopwright.prompt_token_ids"]) for s in reversed(chats)}
    assert first_prompt[second.trace_id] > first_prompt[first.trace_id] + 10

"""AgentRuntime on the embedded model in a local sandbox: traced runs, rewards, concurrency."""

import pytest

from loopwright.agent import AgentConfig, SandboxManager
from loopwright.agent.runner import AgentRuntime, RunSpec
from loopwright.agent.tracing import TracingConfig
from loopwright.agent.trajectories import read_trajectories
from loopwright.envs.sandbox import Limits
from loopwright.models.sampling import SamplingParams

pytestmark = pytest.mark.filterwarnings("ignore::loopwright.envs.sandbox.LocalUnsafeWarning")

HELLO = "Create a file hello.txt containing hi, then finish"


def _runtime(model, engine, tmp_path, sandboxes=None, **kwargs):
    return AgentRuntime(engine, model, sandboxes or SandboxManager("local"),
                        tracing=TracingConfig(trace_dir=tmp_path / "traces"),
                        sampling=SamplingParams(max_new_tokens=48), **kwargs)


def _has_hello(sandbox) -> float:
    return float(sandbox.read_file("hello.txt").decode().strip() == "hi")


def test_run_many_runs_concurrently_verifies_and_traces_each_run(embedded_model, embedded_engine, tmp_path):
    runtime = _runtime(embedded_model, embedded_engine, tmp_path)
    assert runtime.action_format == "code"  # the measured default for SmolLM2-135M
    specs = [RunSpec(HELLO, task_id="hello", group_id="g1", max_turns=4, verify=_has_hello) for _ in range(2)]
    results = list(runtime.run_many(specs, concurrency=2))
    assert len({r.run_id for r in results}) == 2
    for r in results:
        assert r.error is None and r.finish_reason == "answer" and r.reward == 1.0
        assert r.tool_calls >= 1 and r.completion_tokens > 0 and r.group_id == "g1"
    trajectories = {t.trace_id: t for t in read_trajectories(tmp_path / "traces")}
    for r in results:
        traj = trajectories[r.trace_id]
        assert (traj.task_id, traj.group_id, traj.reward) == ("hello", "g1", 1.0)
        assert len(traj.turns) == r.turns
        assert sum(len(t.completion_token_ids) for t in traj.turns) == r.completion_tokens


def test_every_run_hands_its_sandbox_back_and_the_workspace_comes_home(embedded_model, embedded_engine, tmp_path):
    events = []
    with SandboxManager("local", on_state=lambda session, event: events.append((session, event))) as sandboxes:
        runtime = _runtime(embedded_model, embedded_engine, tmp_path, sandboxes)
        result = runtime.run(RunSpec(HELLO, max_turns=4, verify=_has_hello))
        assert result.reward == 1.0 and sandboxes.peek(result.run_id) is None
    assert events == [(result.run_id, "starting"), (result.run_id, "ready"), (result.run_id, "closed")]


def test_a_failing_setup_ends_the_run_as_an_error_not_an_exception(embedded_model, embedded_engine, tmp_path):
    def broken_setup(sandbox):
        raise RuntimeError("fixture files missing")

    result = _runtime(embedded_model, embedded_engine, tmp_path).run(RunSpec(HELLO, max_turns=2, setup=broken_setup))
    assert result.finish_reason == "error" and "fixture files missing" in result.error
    assert result.turns == 1  # one model turn ran; its tool call failed making the sandbox


def test_headless_runtime_refuses_to_ask_for_approval(embedded_model, embedded_engine, tmp_path):
    with pytest.raises(ValueError, match="cannot ask for approval"):
        _runtime(embedded_model, embedded_engine, tmp_path, agent_config=AgentConfig(approval="ask"))


def test_bad_concurrency_is_a_clear_error(embedded_model, embedded_engine, tmp_path):
    with pytest.raises(ValueError, match="concurrency must be >= 1"):
        list(_runtime(embedded_model, embedded_engine, tmp_path).run_many([RunSpec(HELLO)], concurrency=0))


class ToldManager(SandboxManager):
    """A local SandboxManager that records what it is told, and when."""

    def __init__(self, log: list) -> None:
        super().__init__("local")
        self.log = log

    def expect(self, requests) -> None:
        self.log.append(("expect", [(r.image, r.limits) for r in requests]))


def test_run_many_tells_the_sandbox_manager_every_runs_request_before_the_first_run(
    embedded_model, embedded_engine, tmp_path, monkeypatch
):
    log: list = []
    runtime = _runtime(embedded_model, embedded_engine, tmp_path, sandboxes=ToldManager(log))
    monkeypatch.setattr(runtime, "run", lambda spec: log.append(("run", spec.task_id)) or spec.task_id)
    small = Limits(mem_mb=256)
    specs = [RunSpec("a", task_id="t1", image="task-image", limits=small), RunSpec("b", task_id="t2")]
    assert sorted(runtime.run_many(specs, concurrency=1)) == ["t1", "t2"]
    assert log == [("expect", [("task-image", small), (None, None)]), ("run", "t1"), ("run", "t2")]



def test_a_stopped_run_many_drops_its_queued_runs_at_once(embedded_model, embedded_engine, tmp_path, monkeypatch):
    """A signal lands in the consumer of `run_many`: closing it must not wait for every run."""
    import threading
    import time

    started: list[str] = []
    release = threading.Event()

    def run(spec):
        started.append(spec.task_id)
        if spec.task_id != "t0":
            release.wait(10)
        return spec.task_id

    runtime = _runtime(embedded_model, embedded_engine, tmp_path)
    monkeypatch.setattr(runtime, "run", run)
    runs = runtime.run_many([RunSpec("x", task_id=f"t{i}") for i in range(6)], concurrency=1)
    assert next(runs) == "t0"
    begin = time.monotonic()
    runs.close()  # what a SystemExit raised in the consumer does to the generator
    closed_in = time.monotonic() - begin
    release.set()
    time.sleep(0.2)
    assert closed_in < 1.0
    assert started[:1] == ["t0"] and set(started) <= {"t0", "t1"}  # t2..t5 dropped, never started

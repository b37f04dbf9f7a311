"""Guidance: online expert iteration adds one verified oracle demonstration to each group no
run passed; it is trained on, but the step's reward figures, the log and the curriculum
count only the policy's own runs."""

import pytest

from loopwright.envs.tasks import Task, TaskConfig
from loopwright.train.config import TrainConfig
from loopwright.train.demos import ForcedTurns
from loopwright.train.log import StepLog, read_log
from loopwright.train.policy import LoraSettings
from loopwright.train.rollouts import AgentRollouts
from loopwright.train.trainer import _reward_stats
from tests.train.scripted_runtime import ScriptedRuntime

SOLVED, UNSOLVED, NO_ORACLE = "solved", "unsolved", "no-oracle"


def _tasks(root) -> list[Task]:
    tasks = []
    for task_id in (SOLVED, UNSOLVED, NO_ORACLE):
        path = root / task_id
        if task_id != NO_ORACLE:
            (path / "solution").mkdir(parents=True)
            (path / "solution" / "solve.sh").write_text("#!/usr/bin/env bash\necho 42 > /workspace/answer.txt\n")
        tasks.append(Task(task_id, path, f"do {task_id}", TaskConfig(metadata={"family": task_id})))
    return tasks


def _rollouts(trace_dir, tmp_path, demo_reward: float) -> tuple[AgentRollouts, ScriptedRuntime]:
    def reward(call: int, group: int, task_id: str, sample: int) -> float:
        if call == 1:  # guidance's demonstrations
            return demo_reward
        return float(task_id == SOLVED and sample == 0)

    runtime = ScriptedRuntime(reward)
    config = TrainConfig(algo="sft", group_size=2, tasks_per_step=3, guidance=True, sft_per_group=1,
                         lora=LoraSettings(r=4, alpha=8))
    return AgentRollouts(runtime, _tasks(tmp_path), config, trace_dir), runtime


def test_a_group_no_run_passed_gets_its_oracle_demonstration(trace_dir, tmp_path):
    source, runtime = _rollouts(trace_dir, tmp_path, demo_reward=1.0)
    runs = source.collect(0)
    assert [len(call) for call in runtime.calls] == [6, 1]
    (demo_spec,) = runtime.calls[1]
    assert demo_spec.task_id == UNSOLVED  # solved had a passing run; no-oracle has nothing to show
    assert isinstance(demo_spec.sampling.logits_processor, ForcedTurns)
    (guided,) = [run for run in runs if run.guided]
    assert (guided.task_id, guided.group_id, guided.family) == (UNSOLVED, f"step0-{UNSOLVED}", UNSOLVED)
    assert sum(not run.guided for run in runs) == 6

    stats = _reward_stats(0, runs)
    assert (stats.runs, stats.guided, stats.reward_mean) == (6, 1, pytest.approx(1 / 6))
    log = StepLog(tmp_path / "train_log.jsonl")
    log.write(stats, runs)
    (record,) = read_log(tmp_path / "train_log.jsonl")
    assert record["tasks"][UNSOLVED] == {"runs": 2, "passed": 0, "reward": 0.0}
    assert record["families"][UNSOLVED]["pass_rate"] == 0.0
    assert record["guided"] == 1


def test_a_demonstration_the_verifier_fails_is_dropped(trace_dir, tmp_path):
    source, runtime = _rollouts(trace_dir, tmp_path, demo_reward=0.0)
    runs = source.collect(0)
    assert len(runtime.calls) == 2
    assert not any(run.guided for run in runs)


def test_guidance_is_only_for_sft():
    with pytest.raises(ValueError, match="only SFT"):
        TrainConfig(algo="grpo", group_size=2, guidance=True)


@pytest.mark.slow
@pytest.mark.docker
def test_guidance_demonstrates_in_docker_with_the_embedded_model(tmp_path, sandbox_image):
    """Real parts: the embedded model's runs (one token each: none can pass) in Docker, then
    each task's oracle forced through the same runtime unconstrained, verified in its sandbox."""
    from loopwright.envs.tasks import load_suite
    from loopwright.train.stack import build_stack

    stack = build_stack("smollm2-135m", "ours", "docker", tmp_path / "traces", max_turns=2)
    try:
        tasks = load_suite("files", "train", limit=2).tasks
        config = TrainConfig(algo="sft", group_size=1, tasks_per_step=2, guidance=True, max_turns=2,
                             max_new_tokens=1, lora=LoraSettings(r=4, alpha=8))
        runs = AgentRollouts(stack.runtime, tasks, config, stack.trace_dir, 2, stack.image_for).collect(0)
    finally:
        stack.sandboxes.close()
    own = [run for run in runs if not run.guided]
    guided = {run.task_id: run for run in runs if run.guided}
    assert sorted(run.task_id for run in own) == sorted(t.task_id for t in tasks)
    assert all((run.reward or 0.0) < 1.0 for run in own)
    assert sorted(guided) == sorted(t.task_id for t in tasks)
    for task in tasks:
        demo = guided[task.task_id]
        assert demo.reward == 1.0 and demo.group_id == f"step0-{task.task_id}" and demo.family == task.family
        assert demo.turns and any(turn.completion_token_ids for turn in demo.turns)

"""Dynamic sampling: groups whose runs all got the same reward are replaced by fresh tasks
until the step has `tasks_per_step` groups that differ, at most `dynamic_max_rounds`
times; the counts reach the step log and a replayed step draws the same tasks.

The runtime is scripted by (call, group in call): the expected counts follow from the
script alone, whichever tasks the seeded draws pick."""

import pytest
import torch
from typer.testing import CliRunner

from loopwright.cli import app
from loopwright.train.config import TrainConfig
from loopwright.train.dynamic_sampling import SamplingCounts, sampling_counts
from loopwright.train.log import read_log
from loopwright.train.loop import run_training
from loopwright.train.policy import LoraPolicy, LoraSettings
from loopwright.train.rollouts import AgentRollouts
from loopwright.train.step_draws import tasks_for_step
from loopwright.train.trainer import Trainer
from tests.train.scripted_runtime import ScriptedRuntime, make_tasks
from tests.train.token_env import tiny_llama

# each run_many call's groups, in order: every run passes, every run fails, or they differ
REFILL_SCRIPT = {0: ["pass", "fail", "mixed"], 1: ["mixed", "pass"], 2: ["mixed"], 3: ["mixed"]}


def _by_script(script: dict[int, list[str]]):
    def reward(call: int, group: int, task_id: str, sample: int) -> float:
        kind = script[call][group]
        return {"pass": 1.0, "fail": 0.0}.get(kind, float(sample == 0))
    return reward


def _rollouts(trace_dir, runtime, num_tasks: int = 8, **overrides) -> AgentRollouts:
    settings = {"group_size": 2, "tasks_per_step": 3, "dynamic_sampling": True, "dynamic_max_rounds": 3,
                "lora": LoraSettings(r=4, alpha=8), **overrides}
    tasks = make_tasks({f"t{i}": None for i in range(num_tasks)}, trace_dir)
    return AgentRollouts(runtime, tasks, TrainConfig(**settings), trace_dir)


def test_uniform_groups_are_replaced_by_fresh_tasks_until_the_batch_is_full(trace_dir):
    runtime = ScriptedRuntime(_by_script(REFILL_SCRIPT))
    source = _rollouts(trace_dir, runtime)
    runs = source.collect(0)
    # call 0: 3 groups, 1 differs -> 2 short; call 1: 2 fresh groups, 1 differs -> 1 short;
    # call 2: 1 fresh group that differs -> full
    assert [len(call) for call in runtime.calls] == [6, 4, 2]
    drawn = [task for call in range(3) for task in runtime.task_ids(call)]
    assert len(set(drawn)) == 6  # every refill is a task not yet drawn this step
    assert runtime.task_ids(0) == [t.task_id for t in tasks_for_step(source.tasks, 0, 3, 0)]
    assert sorted(run.draw for run in runs) == [0] * 6 + [1] * 4 + [2] * 2
    assert sampling_counts(runs) == SamplingCounts(drawn=6, kept=3, replaced=3)


def test_refill_rounds_stop_at_the_cap(trace_dir):
    runtime = ScriptedRuntime(_by_script(REFILL_SCRIPT))
    runs = _rollouts(trace_dir, runtime, dynamic_max_rounds=1).collect(0)
    assert [len(call) for call in runtime.calls] == [6, 4]
    assert sampling_counts(runs) == SamplingCounts(drawn=5, kept=2, replaced=2)


def test_refills_stop_when_no_fresh_task_is_left(trace_dir):
    runtime = ScriptedRuntime(_by_script({0: ["pass", "pass", "pass"], 1: ["fail"]}))
    runs = _rollouts(trace_dir, runtime, num_tasks=4).collect(0)
    assert [len(call) for call in runtime.calls] == [6, 2]  # the one task left, then none
    assert sampling_counts(runs) == SamplingCounts(drawn=4, kept=0, replaced=1)


def test_without_dynamic_sampling_a_step_runs_its_tasks_once(trace_dir):
    runtime = ScriptedRuntime(_by_script(REFILL_SCRIPT))
    runs = _rollouts(trace_dir, runtime, dynamic_sampling=False).collect(0)
    assert len(runtime.calls) == 1
    assert sampling_counts(runs) == SamplingCounts(drawn=3, kept=1, replaced=0)


def test_a_replayed_step_draws_the_same_tasks_and_seeds(trace_dir):
    def drawn(step: int) -> list[list[tuple[str, int]]]:
        runtime = ScriptedRuntime(_by_script(REFILL_SCRIPT))
        _rollouts(trace_dir, runtime).collect(step)
        return [[(spec.task_id, spec.sampling.seed) for spec in call] for call in runtime.calls]

    first = drawn(5)
    assert [len(call) for call in first] == [6, 4, 2]
    assert drawn(5) == first


def test_the_counts_reach_the_step_log(trace_dir, tmp_path):
    torch.manual_seed(0)
    source = _rollouts(trace_dir, ScriptedRuntime(_by_script(REFILL_SCRIPT)), steps=1)
    trainer = Trainer(LoraPolicy.wrap(tiny_llama(), source.config.lora), source.config)
    run_training(trainer, source, tmp_path / "out", progress=False)
    (line,) = read_log(tmp_path / "out" / "train_log.jsonl")
    assert line["sampling"] == {"drawn": 6, "kept": 3, "replaced": 3}
    assert line["runs"] == 12 and line["skipped_groups"] == 3  # uniform groups stay, untrained
    assert line["rows"] == 6  # 3 kept groups x 2 one-turn runs


def test_dynamic_sampling_needs_an_algorithm_that_compares_runs():
    with pytest.raises(ValueError, match="dynamic sampling keeps groups whose runs differ: sft"):
        TrainConfig(algo="sft", dynamic_sampling=True)
    with pytest.raises(ValueError, match="dynamic_max_rounds must be >= 1, got 0"):
        TrainConfig(dynamic_sampling=True, dynamic_max_rounds=0)


def test_dynamic_sampling_is_refused_offline(tmp_path):
    result = CliRunner().invoke(app, ["train", "--traces", str(tmp_path), "--dynamic-sampling"])
    assert result.exit_code == 1 and "online rollouts" in result.output

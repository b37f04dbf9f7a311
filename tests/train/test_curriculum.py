"""Curriculum: tasks whose recent pass rate is strictly between 0 and 1 are drawn more often,
draws are seeded, the state is rebuilt from the step log (so --resume replays the same
draws), and every step's log line has each family's pass rate, this step's and running."""

import json
import random
from collections import Counter

import pytest
import torch

from loopwright.agent.trajectory import Trajectory, Turn
from loopwright.train.config import TrainConfig
from loopwright.train.curriculum import Curriculum, Outcome, weighted_draw
from loopwright.train.log import StepLog, read_log
from loopwright.train.loop import run_training
from loopwright.train.policy import LoraPolicy, LoraSettings
from loopwright.train.rollouts import AgentRollouts
from loopwright.train.step_draws import StepDraws
from loopwright.train.trainer import TIMING_FIELDS, StepStats, Trainer
from tests.train.scripted_runtime import ScriptedRuntime, make_tasks
from tests.train.token_env import tiny_llama


def test_weights_favour_mixed_and_unseen_tasks_over_settled_ones():
    curriculum = Curriculum()
    curriculum.record({"mixed": Outcome(4, 1), "solved": Outcome(4, 4), "failed": Outcome(4, 0)})
    assert [curriculum.weight(t) for t in ("unseen", "mixed", "solved", "failed")] == [1.0, 1.0, 0.1, 0.1]
    assert curriculum.pass_rate("unseen") is None and curriculum.pass_rate("mixed") == 0.25


def test_partial_credit_that_never_passes_still_counts_as_mixed():
    curriculum = Curriculum()
    # runs scoring 0.3 and 0.6: pass rate 0, mean reward 0.45 -> mixed; all 0.0 -> settled
    curriculum.record({"partial": Outcome(2, 0, 0.9), "zero": Outcome(2, 0, 0.0), "full": Outcome(2, 2, 2.0)})
    assert [curriculum.weight(t) for t in ("partial", "zero", "full")] == [1.0, 0.1, 0.1]
    log = [{"step": 0, "tasks": {"partial": {"runs": 2, "passed": 0, "reward": 0.9}}}]
    assert Curriculum.replay(log, before_step=1).weight("partial") == 1.0


def test_the_pass_rate_counts_the_runs_of_the_last_window_steps():
    curriculum = Curriculum(window=2)
    curriculum.record({"x": Outcome(2, 1)})
    curriculum.record({"x": Outcome(6, 0)})
    assert curriculum.pass_rate("x") == 1 / 8  # runs weigh, not steps
    curriculum.record({"x": Outcome(4, 4)})  # the 1-of-2 step leaves the window: 4 / 10
    assert curriculum.pass_rate("x") == 0.4 and curriculum.weight("x") == 1.0
    curriculum.record({"x": Outcome(4, 4)})
    assert curriculum.pass_rate("x") == 1.0 and curriculum.weight("x") == 0.1  # settled again


def test_a_task_that_never_ran_takes_its_familys_weight():
    curriculum = Curriculum()
    curriculum.record({"add-1": Outcome(2, 2), "sub-1": Outcome(2, 0)},
                      {"add": Outcome(4, 4, 4.0), "sub": Outcome(4, 2, 2.0), "mul": Outcome(2, 0, 0.0)})
    assert [curriculum.weight(t, f) for t, f in (("add-2", "add"), ("sub-2", "sub"), ("mul-2", "mul"),
                                                  ("div-2", "div"), ("lone", None))] == [0.1, 1.0, 0.1, 1.0, 1.0]
    assert curriculum.weight("sub-1", "sub") == 0.1  # the task's own outcome comes first
    assert curriculum.family_recent("sub").pass_rate == 0.5 and curriculum.family_recent("div") is None


def test_under_guidance_only_passing_settles_a_task():
    """A group no run passed is taught the oracle's run: a failing task or family is worth a draw."""
    curriculum = Curriculum(guided=True)
    curriculum.record({"solved": Outcome(2, 2, 2.0), "failed": Outcome(2, 0, 0.0)},
                      {"easy": Outcome(4, 4, 4.0), "hard": Outcome(4, 0, 0.0)})
    assert [curriculum.weight(t, f) for t, f in (("solved", "easy"), ("failed", "hard"), ("new-easy", "easy"),
                                                  ("new-hard", "hard"))] == [0.1, 1.0, 0.1, 1.0]


def test_the_step_draws_weigh_unseen_tasks_by_their_familys_logged_outcome(tmp_path):
    """Step 0's log line: family `pass` 4/4, `fail` 0/4, `mixed` 2/4, none of the tasks below
    ran. One task a step, over 600 seeds: unguided a `mixed` task is drawn with odds
    4 / (4 + 0.4 + 0.4) = 0.833; guided `fail` counts as mixed: 4 / (4 + 4 + 0.4) = 0.476."""
    log = tmp_path / "train_log.jsonl"
    log.write_text(json.dumps({"step": 0, "tasks": {}, "families": {
        family: {"runs": 4, "passed": passed, "pass_rate": passed / 4, "reward_mean": passed / 4}
        for family, passed in (("pass", 4), ("fail", 0), ("mixed", 2))}}) + "\n")
    tasks = make_tasks({f"{family}-{k}": family for family in ("pass", "fail", "mixed") for k in range(4)}, tmp_path)

    def shares(guidance: bool) -> Counter:
        drawn: Counter = Counter()

        def run_groups(step: int, picked: list, draw: int) -> list:
            drawn.update(t.family for t in picked)
            return []

        for seed in range(600):
            config = TrainConfig(algo="sft", tasks_per_step=1, group_size=2, curriculum=True, guidance=guidance,
                                 seed=seed)
            StepDraws(tasks, config, log).collect(1, run_groups)
        return drawn

    unguided, guided = shares(False), shares(True)
    assert unguided["mixed"] / 600 == pytest.approx(4 / 4.8, abs=0.05)
    assert guided["fail"] / 600 == pytest.approx(4 / 8.4, abs=0.06)
    assert guided["pass"] / 600 == pytest.approx(0.4 / 8.4, abs=0.03)


def test_weighted_draws_match_the_hand_computed_odds():
    """Weights A=1 (mixed), B=0.1, C=0.1, D=1: P(A first) = 1/2.2; A among two picks without
    replacement = 1/2.2 + 2 * (0.1/2.2)(1/2.1) + (1/2.2)(1/1.2) = 0.8766; B among two = 0.1234."""
    items, weights, rng = ["A", "B", "C", "D"], [1.0, 0.1, 0.1, 1.0], random.Random(0)
    trials = 6000
    firsts = Counter(weighted_draw(items, weights, 1, rng)[0] for _ in range(trials))
    pairs = [weighted_draw(items, weights, 2, rng) for _ in range(trials)]
    assert firsts["A"] / trials == pytest.approx(1 / 2.2, abs=0.02)
    assert firsts["B"] / trials == pytest.approx(0.1 / 2.2, abs=0.01)
    assert all(len(set(pair)) == 2 for pair in pairs)
    assert sum("A" in pair for pair in pairs) / trials == pytest.approx(0.8766, abs=0.02)
    assert sum("B" in pair for pair in pairs) / trials == pytest.approx(0.1234, abs=0.02)


def test_draws_are_seeded_and_distinct_until_every_task_is_picked(tmp_path):
    tasks = make_tasks({"a": None, "b": None, "c": None}, tmp_path)
    curriculum = Curriculum()
    curriculum.record({"a": Outcome(4, 4)})
    first = curriculum.draw(tasks, 5, random.Random(7))
    assert first == curriculum.draw(tasks, 5, random.Random(7))
    assert {t.task_id for t in first[:3]} == {"a", "b", "c"} and len(first) == 5


def test_replaying_the_log_rebuilds_the_curriculum_of_any_step():
    log = [{"step": 2, "tasks": {"a": {"runs": 4, "passed": 4}}},  # out of order on purpose
           {"step": 0, "tasks": {"a": {"runs": 4, "passed": 4}, "b": {"runs": 4, "passed": 2}},
            "families": {"f": {"runs": 8, "passed": 6, "pass_rate": 0.75, "reward_mean": 0.75}}},
           {"step": 1, "tasks": {"a": {"runs": 4, "passed": 0}}}]
    assert Curriculum.replay(log, before_step=1).pass_rate("a") == 1.0
    assert Curriculum.replay(log, before_step=2).pass_rate("a") == 0.5  # steps 0 and 1
    assert Curriculum.replay(log, before_step=3).pass_rate("a") == 0.5  # steps 1 and 2
    assert Curriculum.replay(log, before_step=3, window=1).pass_rate("a") == 1.0
    assert Curriculum.replay(log, before_step=3).pass_rate("b") == 0.5
    assert Curriculum.replay(log, before_step=1).family_recent("f").passed == 6
    assert Curriculum.replay(log, before_step=0).family_recent("f") is None


def _run(task: str, family: str | None, reward: float) -> Trajectory:
    return Trajectory(f"{task}-{reward}", [Turn([1], [5], [-1.0])], task, f"g-{task}", reward, family=family)


def _stats(step: int) -> StepStats:
    return StepStats(step=step, reward_mean=0.0, reward_std=0.0, pass_rate=0.0, runs=0)


def test_each_log_line_has_per_family_rates_this_step_and_running(tmp_path):
    path = tmp_path / "train_log.jsonl"
    log = StepLog(path)
    log.write(_stats(0), [_run("add-1", "add", 1.0), _run("add-1", "add", 0.0), _run("add-2", "add", 1.0),
                          _run("sub-1", "sub", 0.5), _run("sub-1", "sub", 0.0), _run("lone", None, 1.0)])
    log.write(_stats(1), [_run("add-1", "add", 1.0), _run("sub-1", "sub", 0.0)])
    first, second = read_log(path)
    assert first["families"]["add"] == {"runs": 3, "passed": 2, "pass_rate": 2 / 3, "reward_mean": 2 / 3,
                                        "running_pass_rate": 2 / 3}
    assert first["families"]["sub"] == {"runs": 2, "passed": 0, "pass_rate": 0.0, "reward_mean": 0.25,
                                        "running_pass_rate": 0.0}  # partial credit is no pass
    assert first["families"]["lone"]["runs"] == 1  # a task without a family is its own
    assert first["tasks"] == {"add-1": {"runs": 2, "passed": 1, "reward": 1.0},
                              "add-2": {"runs": 1, "passed": 1, "reward": 1.0},
                              "lone": {"runs": 1, "passed": 1, "reward": 1.0},
                              "sub-1": {"runs": 2, "passed": 0, "reward": 0.5}}
    assert second["families"]["add"]["pass_rate"] == 1.0
    assert second["families"]["add"]["running_pass_rate"] == 3 / 4
    assert set(second["families"]) == {"add", "sub"}

    resumed = StepLog(path, resume_from_step=1)  # running totals summed again from line 0
    resumed.write(_stats(1), [_run("add-1", "add", 1.0), _run("sub-1", "sub", 0.0)])
    assert read_log(path) == [first, second]


def _reward_by_task(call: int, group: int, task_id: str, sample: int) -> float:
    """mixed tasks: one run of two passes; pass tasks always pass; fail tasks never do."""
    kind = task_id.split("-")[0]
    return {"pass": 1.0, "fail": 0.0}.get(kind, float(sample == 0))


SUITE = {"mixed-0": "mixed", "mixed-1": "mixed", "pass-0": "pass", "pass-1": "pass", "pass-2": "pass",
         "fail-0": "fail", "fail-1": "fail", "fail-2": "fail"}


def _train(trace_dir, out, steps: int, resume: bool = False, **overrides) -> list[dict]:
    config = TrainConfig(group_size=2, tasks_per_step=2, steps=steps, curriculum=True, lr=1e-2,
                         lora=LoraSettings(r=4, alpha=8), **overrides)
    torch.manual_seed(0)
    trainer = Trainer(LoraPolicy.wrap(tiny_llama(), config.lora), config)
    source = AgentRollouts(ScriptedRuntime(_reward_by_task), make_tasks(SUITE, trace_dir), config, trace_dir,
                           step_log=out / "train_log.jsonl")
    run_training(trainer, source, out, resume=resume, progress=False)
    return read_log(out / "train_log.jsonl")


def test_mixed_tasks_are_drawn_more_often_once_seen(trace_dir, tmp_path):
    """2 of 8 tasks are mixed: a uniform draw gives them a quarter of the groups. Once every
    task weighs by its rate, a mixed one is first with odds 1 / (2 + 6 x 0.1) = 0.38 each."""
    log = _train(trace_dir, tmp_path / "out", steps=16)
    later = [task for line in log[6:] for task in line["tasks"]]
    assert sum(task.startswith("mixed") for task in later) / len(later) > 0.5
    line = next(line for line in log if "mixed" in line["families"] and "pass" in line["families"])
    assert line["families"]["mixed"]["pass_rate"] == 0.5 and line["families"]["pass"]["pass_rate"] == 1.0
    assert (tmp_path / "out" / "families.png").stat().st_size > 0


def test_a_resumed_run_replays_the_same_draws(trace_dir, tmp_path):
    drop = TIMING_FIELDS
    full = _train(trace_dir, tmp_path / "full", steps=6, checkpoint_every=3, dynamic_sampling=True)
    _train(trace_dir, tmp_path / "cut", steps=3, checkpoint_every=3, dynamic_sampling=True)
    cut = _train(trace_dir, tmp_path / "cut", steps=6, checkpoint_every=3, dynamic_sampling=True, resume=True)
    assert [{k: v for k, v in line.items() if k not in drop} for line in cut] == [
        {k: v for k, v in line.items() if k not in drop} for line in full]
    assert len({tuple(line["tasks"]) for line in full}) > 1  # the draws do change from step to step

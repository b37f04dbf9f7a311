"""Eval statistics: the Wilson interval and per-family pass rates, against hand-computed values."""

from pathlib import Path

import pytest

from loopwright.envs.tasks.config import TaskConfig
from loopwright.envs.tasks.task import Task
from loopwright.train.evaluate import family_rates, paired_difference, wilson_interval


def test_wilson_interval_matches_hand_computed_bounds():
    # 8/10: p = 0.8, z^2 = 3.8416; centre = (0.8 + 0.19208) / 1.38416 = 0.71673,
    # half = 1.96 * sqrt(0.016 + 0.009604) / 1.38416 = 0.22658 -> (0.4902, 0.9433)
    low, high = wilson_interval(8, 10)
    assert (low, high) == (pytest.approx(0.4902, abs=1e-4), pytest.approx(0.9433, abs=1e-4))
    # 0/10: centre = half = 0.19208 / 1.38416 = 0.13877 -> (0, 0.2775): not the useless [0, 0]
    assert wilson_interval(0, 10) == (0.0, pytest.approx(0.2775, abs=1e-4))
    assert wilson_interval(10, 10) == (pytest.approx(0.7225, abs=1e-4), 1.0)
    assert wilson_interval(0, 0) == (0.0, 1.0)


def test_paired_difference_matches_hand_computed_interval_over_shared_tasks():
    before = {"a": 0.5, "b": 1.0, "c": 0.0, "d": 0.25}
    after = {"a": 1.0, "b": 1.0, "c": 0.5, "d": 0.0, "e": 1.0}  # "e" is in one eval only: left out
    # diffs 0.5, 0, 0.5, -0.25: mean 0.1875; squared deviations sum 0.421875, / 3 = 0.140625,
    # / 4 tasks = 0.03515625, sqrt 0.1875, x 1.96 = 0.3675 -> (-0.18, 0.555)
    mean, low, high = paired_difference(before, after)
    assert (mean, low, high) == (pytest.approx(0.1875), pytest.approx(-0.18), pytest.approx(0.555))
    assert paired_difference({"a": 1.0}, {"a": 0.5}) == (-0.5, -1.0, 1.0)  # one task: no spread to measure
    with pytest.raises(ValueError, match="no task"):
        paired_difference({"a": 1.0}, {"b": 1.0})


def _task(task_id: str, family: str) -> Task:
    config = TaskConfig.model_validate({"metadata": {"family": family}})
    return Task(task_id=task_id, path=Path(task_id), instruction="x", config=config)


def test_family_rates_pool_the_runs_of_each_family():
    tasks = [_task("a1", "rates"), _task("a2", "rates"), _task("b1", "totals")]
    rates = family_rates(tasks, {"a1": 2, "a2": 1, "b1": 0}, samples=2)
    assert rates == {"rates": 0.75, "totals": 0.0}

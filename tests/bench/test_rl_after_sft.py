"""`bench.rl_after_sft`'s command line (what it reads from a learn bench's SFT folder, the error
a wrong folder gets) and the paired figure it shares with the learn bench."""

import json
from pathlib import Path

import pytest

from loopwright.bench.rl_after_sft import parse_args


def _sft_folder(root: Path, suite: str, r: int = 8) -> Path:
    sft = root / suite / "sft"
    (sft / "adapter").mkdir(parents=True)
    (sft / "adapter" / "adapter_config.json").write_text(json.dumps({"r": r, "lora_alpha": 2 * r}))
    (sft / "checkpoints").mkdir()
    (sft / "checkpoints" / "LATEST").write_text("step-000084")
    return sft


def test_the_suite_and_the_adapter_rank_come_from_the_sft_folder(tmp_path):
    args = parse_args([str(_sft_folder(tmp_path, "shell", r=8)), "--precision", "fp32"])
    assert (args.suite, args.lora_r, args.split, args.samples) == ("shell", 8, "test", 4)
    assert args.rl_lr == 2e-4  # expert iteration's default, as in the learn bench
    grpo = parse_args([str(_sft_folder(tmp_path / "x", "arith")), "--rl-algo", "grpo", "--precision", "fp32"])
    assert (grpo.suite, grpo.rl_lr) == ("arith", 1e-4)


def test_a_folder_that_is_not_an_sft_folder_is_refused_with_what_it_lacks(tmp_path, capsys):
    with pytest.raises(SystemExit):
        parse_args([str(tmp_path), "--precision", "fp32"])
    assert "adapter/adapter_config.json and checkpoints/LATEST" in capsys.readouterr().err


def test_a_folder_not_named_after_a_suite_needs_suite(tmp_path, capsys):
    sft = _sft_folder(tmp_path, "mine")
    with pytest.raises(SystemExit):
        parse_args([str(sft), "--precision", "fp32"])
    assert "--suite is needed" in capsys.readouterr().err
    assert parse_args([str(sft), "--suite", "code", "--precision", "fp32"]).suite == "code"


def test_paired_points_reports_points_interval_and_the_tasks_that_moved():
    from loopwright.bench.learn import paired_points
    from loopwright.bench.learn_stages import Figure

    def figure(per_task: dict[str, float]) -> Figure:
        return Figure(sum(per_task.values()) / len(per_task), 2 * len(per_task), len(per_task), (0.0, 1.0), {}, per_task)

    # per-task differences 0.5, 0, 0.5, -0.25: mean 0.1875, interval (-0.18, 0.555) (hand-computed
    # in tests/train/test_evaluate.py); "e" is in one figure only and is left out
    before = figure({"a": 0.5, "b": 1.0, "c": 0.0, "d": 0.25})
    after = figure({"a": 1.0, "b": 1.0, "c": 0.5, "d": 0.0, "e": 1.0})
    assert paired_points(before, after) == {"mean": 18.8, "ci95": [-18.0, 55.5], "tasks": 4,
                                            "tasks_better": 2, "tasks_worse": 1}

"""`loopwright train` / `loopwright eval` from the command line: user errors are one clear
line with a non-zero exit; a real online step runs rollouts in Docker and syncs weights."""

import json

import pytest
from typer.testing import CliRunner

from loopwright.cli import app

runner = CliRunner()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["train", "--steps", "1"], "exactly one of --suite"),
        (["train", "--suite", "arith", "--traces", "x"], "exactly one of --suite"),
        (["train", "--suite", "arith", "--algo", "a2c"], "unknown algo 'a2c'"),
        (["train", "--suite", "arith", "--kl-mode", "reward"], "kl_mode, kl_estimator and kl_target are PPO's"),
        (["train", "--suite", "arith", "--group-size", "1"], "--group-size must be >= 2"),
        (["train", "--suite", "arith", "--algo", "grpo", "--guidance"], "only SFT can train on"),
        (["train", "--traces", "x", "--guidance"], "act on online rollouts (--suite)"),
        (["train", "--suite", "arith", "--algo", "sft", "--guidance", "--ray", "local"], "not with --ray yet"),
        (["train", "--suite", "nope"], "unknown suite 'nope'"),
        (["train", "--traces", "/nonexistent/traces"], "no such trace folder"),
        (["eval", "--suite", "arith", "--split", "dev"], "no split 'dev'"),
        (["eval", "--suite", "arith", "--adapter", "/nonexistent"], "no adapter_config.json"),
        (["train", "--suite", "arith", "--max-turns", "2", "--max-steps", "2"], "old name of --max-turns"),
        (["eval", "--suite", "arith", "--max-turns", "2", "--max-steps", "2"], "old name of --max-turns"),
        (["train", "--suite", "arith", "--replay-weight", "1", "--nproc", "2"], "--replay-weight with --nproc"),
    ],
)
def test_user_errors_are_one_line(args, message, tmp_path):
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", ["train", "eval"])
def test_deprecated_max_steps_is_accepted_with_a_warning_and_hidden_from_help(command):
    result = runner.invoke(app, [command, "--suite", "nope", "--max-steps", "2"])
    assert result.exit_code == 1 and "unknown suite 'nope'" in result.output  # the flag parsed
    assert "--max-steps is deprecated" in result.stderr and "use --max-turns" in result.stderr
    shown = runner.invoke(app, [command, "--help"]).output
    assert "--max-turns" in shown and "--max-steps" not in shown


def test_resume_without_checkpoint_is_refused(tmp_path):
    result = runner.invoke(app, ["train", "--suite", "arith", "--resume", "--out", str(tmp_path)])
    assert result.exit_code == 1 and "no checkpoint" in result.output


@pytest.mark.slow
@pytest.mark.docker
def test_online_step_rolls_out_in_docker_trains_and_evals_adapter(tmp_path, sandbox_image):
    out, traces = tmp_path / "run", tmp_path / "traces"
    result = runner.invoke(app, [
        "train", "--algo", "sft", "--sft-threshold", "0", "--suite", "arith", "--limit", "2",
        "--steps", "1", "--group-size", "2", "--tasks-per-step", "1", "--max-new-tokens", "16",
        "--max-turns", "1", "--lora-r", "4", "--concurrency", "2", "--out", str(out),
        "--trace-dir", str(traces),
    ])
    assert result.exit_code == 0, result.output
    log = [json.loads(line) for line in (out / "train_log.jsonl").read_text().splitlines()]
    assert len(log) == 1 and log[0]["runs"] == 2 and log[0]["loss"] is not None and log[0]["tokens"] > 0
    assert (out / "reward.png").is_file() and (out / "checkpoints" / "LATEST").is_file()
    evaluated = runner.invoke(app, [
        "eval", "--suite", "arith", "--limit", "1", "--adapter", str(out), "--max-turns", "1",
        "--max-new-tokens", "16", "--trace-dir", str(traces), "--json",
    ])
    assert evaluated.exit_code == 0, evaluated.output
    line = json.loads(evaluated.stdout.strip().splitlines()[-1])
    assert line["tasks"] == 1 and line["errors"] == 0 and 0.0 <= line["pass_at_1"] <= 1.0


@pytest.mark.slow
def test_offline_training_with_general_replay_samples_it_once_and_a_resume_reads_it(tmp_path):
    from loopwright.agent.trajectory import Trajectory, Turn
    from loopwright.train.general_replay import PROMPTS, REPLAY_FILE
    from tests.train.test_offline import _trace_runs

    runs = [Trajectory(f"r{i}", [Turn([1, 2, 30 + i], [40 + i, 50, 60 - i], [-1.0] * 3)], f"t{i}", f"g{i}", 1.0)
            for i in range(4)]
    _trace_runs(tmp_path / "traces", runs)
    out = tmp_path / "run"
    args = ["train", "--traces", str(tmp_path / "traces"), "--algo", "sft", "--tasks-per-step", "2", "--lora-r", "4",
            "--lr", "1e-2", "--replay-weight", "1", "--checkpoint-every", "1", "--out", str(out)]
    first = runner.invoke(app, [*args, "--steps", "2"])
    assert first.exit_code == 0, first.output
    kept = (out / REPLAY_FILE).read_text()
    assert len(json.loads(kept)) == len(PROMPTS)
    resumed = runner.invoke(app, [*args, "--steps", "3", "--resume"])
    assert resumed.exit_code == 0, resumed.output
    assert (out / REPLAY_FILE).read_text() == kept
    log = [json.loads(line) for line in (out / "train_log.jsonl").read_text().splitlines()]
    assert [r["step"] for r in log] == [0, 1, 2]
    assert log[0]["replay_kl"] < 1e-6 < log[1]["replay_kl"]  # the base itself, then a policy that moved

"""`loopwright run` and `batch`: bad input gets one clear line and exit 1; exit codes 0/2."""

import json

import pytest
from typer.testing import CliRunner

from loopwright.cli import app

pytestmark = pytest.mark.filterwarnings("ignore::loopwright.envs.sandbox.LocalUnsafeWarning")


@pytest.mark.parametrize("args, message", [
    (["run", "task", "--workspace", "/no/such/dir"], "--workspace /no/such/dir is not a directory"),
    (["batch", "/no/such/tasks.jsonl"], "tasks file /no/such/tasks.jsonl does not exist"),
    (["run", "task", "--model", "/no/such/model.gguf", "--sandbox", "local"],
     "error: No such file or directory: /no/such/model.gguf"),
    (["run", "task", "--max-turns", "2", "--max-steps", "3"], "--max-steps is the old name of --max-turns"),
    (["batch", "t.jsonl", "--max-turns", "2", "--max-steps", "3"], "--max-steps is the old name of --max-turns"),
    (["batch"], "give exactly one of TASKS_FILE or --suite"),
    (["batch", "t.jsonl", "--suite", "arith"], "give exactly one of TASKS_FILE or --suite"),
    (["batch", "--suite", "nope"], "unknown suite 'nope'"),
    (["batch", "--suite", "arith", "--split", "dev"], "has no split 'dev'"),
])
def test_user_errors_print_one_line_and_exit_1(args, message):
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output
    assert message in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("command", ["run", "batch"])
def test_help_names_max_turns_and_hides_the_deprecated_max_steps(command):
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "--max-turns" in result.output and "--max-steps" not in result.output


def test_bad_approve_value_is_rejected_by_the_parser():
    result = CliRunner().invoke(app, ["run", "task", "--approve", "sometimes"])
    assert result.exit_code == 2 and "sometimes" in result.output


@pytest.fixture
def embedded_loader(monkeypatch, embedded_model):
    """The CLI loads the session's model instead of loading it again (same weights, faster)."""
    import loopwright.models

    monkeypatch.setattr(loopwright.models, "load", lambda spec, dtype="fp32": embedded_model)


@pytest.mark.parametrize("budget_flag", ["--max-turns", "--max-steps"])
def test_json_output_and_exit_code_2_when_the_turn_budget_is_spent(embedded_loader, tmp_path, budget_flag):
    """`--max-steps`, the flag's old name, still sets the budget for one release, with a warning."""
    result = CliRunner().invoke(app, [
        "run", "Create a file hello.txt containing hi, then finish", budget_flag, "1", "--json",
        "--sandbox", "local", "--workspace", str(tmp_path), "--trace-dir", str(tmp_path / "traces"),
        "--checkpoint-db", str(tmp_path / "s.sqlite")])
    assert result.exit_code == 2, result.output
    line = next(x for x in result.stdout.splitlines() if x.startswith("{"))
    out = json.loads(line)
    assert out["finish_reason"] == "max_turns" and out["turns"] == 1 and out["tool_calls"] >= 1
    deprecated = "warning: --max-steps is deprecated and will be removed in the next release; use --max-turns"
    assert (deprecated in result.stderr) == (budget_flag == "--max-steps")
    assert len(out["trace_id"]) == 32 and (tmp_path / "hello.txt").exists()

"""`loopwright run` and `batch`: bad input gets one clear line and exit 1; exit codes 0/2."""

import json

import pytest
from typer.testing import CliRunner

from loopwright.cli import app

pytestmark = pytest.mark.filterwarnings("ignore::loopwright.envs.sandbox.LocalUnsafeWarning")


@pytest.mark.parametrize("args, message", [
    (["run", "task", "--workspace", "/no/such/dir"], "--workspace /no/such/dir is not a directory"),
    (["batch", "/no/such/tasks.jsonl"], "tasks file /no/such/tasks.jsonl does not exist"),
    (["run", "task", "--model", "/no/such/model.gguf", "--sandbox", "local"], "error:"),
])
def test_user_errors_print_one_line_and_exit_1(args, message):
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output
    assert message in result.output and "Traceback" not in result.output


def test_bad_approve_value_is_rejected_by_the_parser():
    result = CliRunner().invoke(app, ["run", "task", "--approve", "sometimes"])
    assert result.exit_code == 2 and "sometimes" in result.output


@pytest.fixture
def embedded_loader(monkeypatch, embedded_model):
    """The CLI loads the session's model instead of loading it again (same weights, faster)."""
    import loopwright.models

    monkeypatch.setattr(loopwright.models, "load", lambda spec, dtype="fp32": embedded_model)


def test_json_output_and_exit_code_2_when_the_step_budget_is_spent(embedded_loader, tmp_path):
    result = CliRunner().invoke(app, [
        "run", "Create a file hello.txt containing hi, then finish", "--max-steps", "1", "--json",
        "--sandbox", "local", "--workspace", str(tmp_path), "--trace-dir", str(tmp_path / "traces"),
        "--checkpoint-db", str(tmp_path / "s.sqlite")])
    assert result.exit_code == 2, result.output
    line = next(x for x in result.stdout.splitlines() if x.startswith("{"))
    out = json.loads(line)
    assert out["finish_reason"] == "max_steps" and out["steps"] == 1 and out["tool_calls"] >= 1
    assert len(out["trace_id"]) == 32 and (tmp_path / "hello.txt").exists()

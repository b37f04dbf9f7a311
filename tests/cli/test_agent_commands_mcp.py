"""`loopwright run|batch|eval --mcp`: the real CLI, runtime, graph and `mcp-server-time`, with
the model swapped for a scripted one that calls the time tool, then finishes."""

import json
import sys
from types import SimpleNamespace

import pytest
from langchain_core.messages import AIMessage
from typer.testing import CliRunner

from loopwright.cli import app
from tests.fixtures.recording_tool import call
from tests.fixtures.scripted_chat import ScriptedChatModel

pytestmark = pytest.mark.filterwarnings("ignore::loopwright.envs.sandbox.LocalUnsafeWarning")

TIME_SERVER = f"{sys.executable} -m mcp_server_time --local-timezone UTC"


@pytest.fixture
def scripted(monkeypatch):
    """The CLI's model and engine replaced: the run's replies come from the script."""
    import loopwright.agent.runner as runner
    import loopwright.models as models

    model = ScriptedChatModel(script=[
        AIMessage("", tool_calls=[call("get_current_time", timezone="Asia/Tokyo")]),
        AIMessage("", tool_calls=[call("finish", answer="asked the clock")]),
    ])
    monkeypatch.setattr(models, "load", lambda name, dtype="fp32": SimpleNamespace(name="scripted"))
    monkeypatch.setattr(models, "make_engine", lambda local, kind: None)
    monkeypatch.setattr(runner, "LoopwrightChat", lambda **kwargs: model)
    return model


@pytest.mark.parametrize("approve, trust, denied", [("auto", False, False), ("never", False, True),
                                                     ("never", True, False)])
def test_run_with_mcp_offers_and_calls_the_servers_tool(scripted, tmp_path, approve, trust, denied):
    """`--approve never` denies host-side MCP tools too, unless `--mcp-trust` trusts them."""
    result = CliRunner().invoke(app, [
        "run", "What time is it in Tokyo?", "--mcp", TIME_SERVER, "--sandbox", "local", "--json",
        "--format", "tool_call", "--approve", approve, *(["--mcp-trust"] if trust else []),
        "--workspace", str(tmp_path), "--trace-dir", str(tmp_path / "traces"),
        "--checkpoint-db", str(tmp_path / "s.sqlite")])
    assert result.exit_code == 0, result.output
    assert {"bash", "finish", "get_current_time", "convert_time"} <= set(scripted.bound_tools)
    out = json.loads(next(x for x in result.stdout.splitlines() if x.startswith("{")))
    assert out["finish_reason"] == "finish" and out["tool_calls"] == 2
    observation = next(line for line in result.stderr.splitlines() if "-> get_current_time" in line)
    assert ("denied" in observation) == denied
    assert ('"timezone": "Asia/Tokyo"' in observation) == (not denied)


def test_batch_with_mcp_offers_the_servers_tool_to_every_run(scripted, tmp_path):
    tasks = tmp_path / "tasks.jsonl"
    tasks.write_text(json.dumps({"task": "What time is it in Tokyo?", "task_id": "tokyo"}) + "\n")
    out = tmp_path / "results.jsonl"
    result = CliRunner().invoke(app, [
        "batch", str(tasks), "--mcp", TIME_SERVER, "--sandbox", "local", "--format", "tool_call",
        "--concurrency", "1", "--out", str(out), "--trace-dir", str(tmp_path / "traces")])
    assert result.exit_code == 0, result.output
    assert "get_current_time" in scripted.bound_tools
    (row,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert row["finish_reason"] == "finish" and row["tool_calls"] == 2


def test_eval_with_mcp_offers_the_servers_tool_and_keys_its_results_by_it(scripted, tmp_path):
    result = CliRunner().invoke(app, [
        "eval", "--suite", "arith", "--limit", "1", "--max-turns", "2", "--sandbox", "local",
        "--mcp", TIME_SERVER, "--json", "--trace-dir", str(tmp_path / "traces"),
        "--out", str(tmp_path / "eval.jsonl")])
    assert result.exit_code == 0, result.output
    assert "get_current_time" in scripted.bound_tools
    line = json.loads(result.stdout.strip().splitlines()[-1])
    assert line["tasks"] == 1 and line["errors"] == 0
    header, row = [json.loads(x) for x in (tmp_path / "eval.jsonl").read_text().splitlines()]
    assert header["settings"]["mcp"] == [TIME_SERVER]  # other servers, other results
    assert row["tool_calls"] == 2

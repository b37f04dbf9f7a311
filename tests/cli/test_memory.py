"""`loopwright memory list|show|clear` on a real store, and `--memory` on run/batch/eval."""

import json

import pytest
from typer.testing import CliRunner

from loopwright.cli import app
from loopwright.cli.eval import eval_settings
from loopwright.memory import MemoryStore

pytestmark = pytest.mark.filterwarnings("ignore::loopwright.envs.sandbox.LocalUnsafeWarning")


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "memory.sqlite"
    store = MemoryStore(path)
    store.add("Write the sum of 3 and 4 to answer.txt", finish_reason="finish", actions="bash `echo 7 > answer.txt` -> ok",
              error=None, outcome=1.0, outcome_source="verifier", task_id="sum-1", run_id="r1")
    store.add("List the files", finish_reason="max_turns", actions="bash `lss` -> error", error="bash: lss: not found",
              outcome=0.0, outcome_source="self")
    return path


@pytest.mark.parametrize("command", ["list", "show", "rate", "clear"])
def test_each_memory_command_has_help_with_an_example(command):
    result = CliRunner().invoke(app, ["memory", command, "--help"])
    assert result.exit_code == 0 and "Example" in result.output and f"loopwright memory {command}" in result.output


@pytest.mark.parametrize("command", ["run", "batch", "eval"])
def test_agent_commands_offer_memory_off_by_default(command):
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "--memory" in result.output and "[default: off]" in result.output


def test_list_shows_newest_first_and_json_has_every_field(db):
    result = CliRunner().invoke(app, ["memory", "list", "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == [2, 1]
    assert rows[1]["outcome_source"] == "verifier" and rows[1]["lesson"].startswith("Passed (checked by the verifier)")
    table = CliRunner().invoke(app, ["memory", "list", "--db", str(db)])
    assert table.exit_code == 0 and "2 memory items" in table.output and "verifier" in table.output


def test_show_prints_one_item_in_full_and_an_unknown_id_is_one_line(db):
    result = CliRunner().invoke(app, ["memory", "show", "2", "--db", str(db)])
    assert result.exit_code == 0 and "bash: lss: not found" in result.output and "max_turns" in result.output
    missing = CliRunner().invoke(app, ["memory", "show", "9", "--db", str(db)])
    assert missing.exit_code == 1 and "no memory item 9" in missing.output and "Traceback" not in missing.output


def test_a_missing_store_is_a_user_error(tmp_path):
    result = CliRunner().invoke(app, ["memory", "list", "--db", str(tmp_path / "none.sqlite")])
    assert result.exit_code == 1 and "no memory at" in result.output


def test_a_persons_rating_replaces_the_verifier_and_rewrites_the_lesson(db):
    result = CliRunner().invoke(app, ["memory", "rate", "1", "bad", "--db", str(db)])
    assert result.exit_code == 0 and result.output.startswith("Failed (rated by a person)")
    item = MemoryStore(db).get(1)
    assert (item.outcome, item.outcome_source) == (0.0, "rating")
    missing = CliRunner().invoke(app, ["memory", "rate", "9", "good", "--db", str(db)])
    assert missing.exit_code == 1 and "no memory item 9" in missing.output


def test_clear_asks_first_and_deletes_with_yes(db):
    kept = CliRunner().invoke(app, ["memory", "clear", "--db", str(db)], input="n\n")
    assert kept.exit_code == 1 and MemoryStore(db).count() == 2
    result = CliRunner().invoke(app, ["memory", "clear", "--db", str(db), "--yes"])
    assert result.exit_code == 0 and "deleted 2" in result.output and MemoryStore(db).count() == 0


def test_eval_settings_change_only_with_memory_on(tmp_path):
    off = eval_settings("arith", "test", "smollm2-135m", None, 1, 2, 4, 64, "ours")
    assert "memory" not in off
    on = eval_settings("arith", "test", "smollm2-135m", None, 1, 2, 4, 64, "ours", memory_db=tmp_path / "m.sqlite")
    assert on == {**off, "memory": str((tmp_path / "m.sqlite").resolve())}


@pytest.fixture
def embedded_loader(monkeypatch, embedded_model):
    """The CLI loads the session's model instead of loading it again (same weights, faster)."""
    import loopwright.models

    monkeypatch.setattr(loopwright.models, "load", lambda spec, dtype="fp32": embedded_model)


def test_run_with_memory_on_leaves_a_self_judged_item_and_off_leaves_none(embedded_loader, tmp_path):
    db = tmp_path / "memory.sqlite"
    common = ["--max-turns", "2", "--json", "--sandbox", "local", "--workspace", str(tmp_path),
              "--trace-dir", str(tmp_path / "traces"), "--checkpoint-db", str(tmp_path / "s.sqlite"),
              "--memory-db", str(db), "--max-new-tokens", "48"]
    off = CliRunner().invoke(app, ["run", "Create a file hello.txt containing hi, then finish", *common])
    assert off.exit_code in (0, 2), off.output
    assert not db.exists()
    on = CliRunner().invoke(app, ["run", "Create a file hello.txt containing hi, then finish", *common,
                                  "--memory", "on"])
    assert on.exit_code in (0, 2), on.output
    run = json.loads(next(x for x in on.stdout.splitlines() if x.startswith("{")))
    (item,) = MemoryStore(db).items()
    assert item.run_id == run["run_id"] and item.outcome_source == "self"  # no verifier, no rating
    assert item.outcome == (1.0 if run["finish_reason"] in ("finish", "answer") else 0.0)


@pytest.fixture
def scripted(monkeypatch):
    """The CLI's model and engine replaced by a script (the model is not under test here)."""
    from types import SimpleNamespace

    from langchain_core.messages import AIMessage

    import loopwright.agent.runner as runner
    import loopwright.models as models
    from tests.fixtures.recording_tool import call
    from tests.fixtures.scripted_chat import ScriptedChatModel

    model = ScriptedChatModel(script=[AIMessage("", tool_calls=[call("bash", command="echo 0 > answer.txt")]),
                                      AIMessage("", tool_calls=[call("finish", answer="0")])])
    monkeypatch.setattr(models, "load", lambda name, dtype="fp32": SimpleNamespace(name="scripted"))
    monkeypatch.setattr(models, "make_engine", lambda local, kind: None)
    monkeypatch.setattr(runner, "LoopwrightChat", lambda **kwargs: model)
    return model


def test_eval_with_memory_on_judges_items_by_the_verifier_and_shows_them_to_later_runs(scripted, tmp_path):
    db = tmp_path / "memory.sqlite"
    args = ["eval", "--suite", "arith", "--limit", "1", "--max-turns", "2", "--sandbox", "local", "--json",
            "--trace-dir", str(tmp_path / "traces"), "--memory", "on", "--memory-db", str(db)]
    first = CliRunner().invoke(app, [*args, "--out", str(tmp_path / "a.jsonl")])
    assert first.exit_code == 0, first.output
    (item,) = MemoryStore(db).items()
    assert (item.outcome, item.outcome_source) == (0.0, "verifier")  # the script writes a wrong answer
    assert item.lesson.startswith("Failed (checked by the verifier)") and "echo 0 > answer.txt" in item.lesson
    assert scripted.replies[0].prompt[0].type == "human"
    second = CliRunner().invoke(app, [*args, "--out", str(tmp_path / "b.jsonl")])
    assert second.exit_code == 0, second.output
    prompt = scripted.replies[2].prompt
    assert prompt[0].type == "system" and item.lesson in prompt[0].content
    assert MemoryStore(db).count() == 2


def test_batch_with_memory_on_writes_one_item_per_run(scripted, tmp_path):
    tasks = tmp_path / "tasks.jsonl"
    tasks.write_text("".join(json.dumps({"task": f"Write {i} to answer.txt", "task_id": f"t{i}"}) + "\n"
                             for i in range(2)))
    db = tmp_path / "memory.sqlite"
    result = CliRunner().invoke(app, [
        "batch", str(tasks), "--sandbox", "local", "--concurrency", "1", "--out", str(tmp_path / "r.jsonl"),
        "--trace-dir", str(tmp_path / "traces"), "--memory", "on", "--memory-db", str(db)])
    assert result.exit_code == 0, result.output
    items = MemoryStore(db).items()
    assert sorted(i.task_id for i in items) == ["t0", "t1"]
    assert all(i.outcome_source == "self" and i.outcome == 1.0 for i in items)  # no verifier: it called finish

"""`loopwright chat` flag errors: one clear line on stderr, exit code 1, nothing started."""

from typer.testing import CliRunner

from loopwright.cli import app


def _run(*args: str):
    return CliRunner().invoke(app, ["chat", *args])


def test_blank_session_id_is_refused():
    result = _run("--session", "  ")
    assert result.exit_code == 1
    assert "error: --session needs a non-empty id" in result.output


def test_trace_dir_that_is_a_file_is_refused(tmp_path):
    not_a_dir = tmp_path / "traces"
    not_a_dir.write_text("x")
    result = _run("--trace-dir", str(not_a_dir), "--sessions-db", str(tmp_path / "db.sqlite"))
    assert result.exit_code == 1
    assert f"error: --trace-dir {not_a_dir} is a file, not a folder" in result.output


def test_sessions_db_that_cannot_be_created_is_refused(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = _run("--sessions-db", str(blocker / "chat.sqlite"))
    assert result.exit_code == 1
    assert "error: cannot open the sessions database" in result.output and "Traceback" not in result.output


def test_help_has_an_example():
    result = _run("--help")
    assert result.exit_code == 0 and "loopwright chat --sandbox local" in result.output
    assert "--max-turns" in result.output and "--max-steps" not in result.output


def test_deprecated_max_steps_is_accepted_with_a_warning():
    result = _run("--max-steps", "3", "--session", "  ")
    assert result.exit_code == 1 and "error: --session needs a non-empty id" in result.output
    assert "--max-steps is deprecated" in result.stderr and "use --max-turns" in result.stderr

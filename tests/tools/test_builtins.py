"""The built-in tools against a real Docker sandbox: results and model-actionable errors."""

import pytest

from loopwright.tools import ToolRegistry, builtin_tools

pytestmark = pytest.mark.docker


@pytest.fixture
def run(docker_sandbox):
    registry = ToolRegistry(builtin_tools())
    return lambda name, **args: registry.run(docker_sandbox, name, args)


def test_builtin_set_and_approval_flags():
    tools = {t.name: t for t in builtin_tools()}
    assert list(tools) == ["bash", "python", "read_file", "write_file", "edit_file", "list_dir",
                           "grep", "finish"]
    assert {n for n, t in tools.items() if t.requires_approval} == {
        "bash", "python", "write_file", "edit_file"}


def test_bash_reports_output_and_exit_code(run):
    ok = run("bash", command="cd /tmp && echo hello")
    assert (ok.output, ok.is_error, ok.exit_code) == ("hello", False, 0)
    assert run("bash", command="pwd").output == "/tmp"  # cd persisted
    bad = run("bash", command="echo partial; ls /nope")
    assert bad.is_error and bad.exit_code == 2
    assert bad.output.startswith("partial\n[stderr]\nls: cannot access '/nope'")
    assert bad.output.endswith("[exit code 2]")


def test_bash_timeout_is_an_error_observation(run):
    result = run("bash", command="sleep 30", timeout_s=0.5)
    assert result.is_error and "timed out after 0.5 s" in result.output


def test_a_command_naming_no_timeout_runs_under_the_sandbox_limit(run, docker_sandbox):
    docker_sandbox.limits = docker_sandbox.limits.model_copy(update={"timeout_s": 0.5})
    for name, args in (("bash", {"command": "sleep 30"}), ("python", {"code": "while True: pass"})):
        result = run(name, **args)
        assert result.is_error and "timed out after 0.5 s" in result.output, name


def test_python_runs_code_and_shows_tracebacks(run):
    assert run("python", code="print(sum(range(10)))").output == "45"
    failed = run("python", code="1/0")
    assert failed.is_error and "ZeroDivisionError: division by zero" in failed.output


def test_write_read_edit_roundtrip(run):
    assert run("write_file", path="src/app.py", content="a = 1\nb = 2\nc = 3\n").output == (
        "Wrote 18 bytes to src/app.py.")
    assert run("read_file", path="src/app.py").output == "a = 1\nb = 2\nc = 3\n"
    assert run("read_file", path="src/app.py", start_line=2, end_line=2).output == (
        "b = 2\n[lines 2-2 of 3]")
    edited = run("edit_file", path="src/app.py", old="b = 2", new="b = 20")
    assert edited.output == "Edited src/app.py: replaced 1 occurrence starting at line 2."
    assert run("bash", command="python3 -c 'import sys; sys.path.insert(0, \"src\"); "
               "import app; print(app.b)'").output == "20"


def test_edit_file_needs_exactly_one_match(run):
    run("write_file", path="dup.txt", content="x\nx\n")
    twice = run("edit_file", path="dup.txt", old="x", new="y")
    assert twice.is_error and "occurs 2 times" in twice.output
    missing = run("edit_file", path="dup.txt", old="zzz", new="y")
    assert missing.is_error and "was not found in dup.txt" in missing.output
    assert run("read_file", path="dup.txt").output == "x\nx\n"  # nothing lost


def test_file_errors_tell_the_model_what_to_do(run):
    missing = run("read_file", path="ghost.txt")
    assert missing.is_error and "Use list_dir" in missing.output
    readonly = run("write_file", path="/etc/evil", content="x")
    assert readonly.is_error and "Only /workspace and /tmp are writable" in readonly.output
    folder = run("read_file", path="/workspace")
    assert folder.is_error and "is a directory" in folder.output
    past_end = run("read_file", path="/etc/hostname", start_line=50)
    assert past_end.is_error and "has only 1 lines" in past_end.output


def test_list_dir_and_grep(run):
    run("write_file", path="pkg/a.py", content="def alpha():\n    return 1\n")
    run("write_file", path="pkg/b.py", content="# TODO beta\n")
    listing = run("list_dir", path="pkg")
    assert not listing.is_error and "a.py" in listing.output and "b.py" in listing.output
    assert run("list_dir", path="nope").is_error
    found = run("grep", pattern=r"def \w+\(|TODO", path="pkg")
    assert sorted(found.output.splitlines()) == ["pkg/a.py:1:def alpha():", "pkg/b.py:1:# TODO beta"]
    none = run("grep", pattern="omega", path="pkg")
    assert not none.is_error and none.output == "No matches for `omega` in pkg."
    assert run("grep", pattern="(", path="pkg").is_error


def test_finish_carries_the_final_answer(run):
    result = run("finish", answer="42")
    assert (result.final_answer, result.is_error) == ("42", False)

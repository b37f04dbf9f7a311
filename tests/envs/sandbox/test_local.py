"""LocalSandbox: opt-in only, loud about it, and behaving like the Docker sandbox.

The parity tests run the same inputs through both backends (one seam, both sides tested).
"""

import os
import warnings

import pytest

from loopwright.envs.sandbox import DockerSandbox, Limits, LocalSandbox, LocalUnsafeWarning


def test_every_start_warns_that_there_is_no_isolation():
    for _ in range(2):
        with pytest.warns(LocalUnsafeWarning, match="NO isolation"), LocalSandbox() as sandbox:
            assert sandbox.exec("echo hi").stdout == "hi\n"


def test_local_runs_in_its_own_temp_folder_and_removes_it(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LocalUnsafeWarning)
        sandbox = LocalSandbox()
    folder = sandbox.workdir
    assert sandbox.exec("pwd").stdout.strip() == str(folder)
    sandbox.write_file("made.txt", "x")
    assert (folder / "made.txt").read_text() == "x"
    sandbox.close()
    assert not folder.exists()


@pytest.fixture(params=["docker", "local"])
def any_sandbox(request):
    limits = Limits(output_bytes=10_000)
    if request.param == "docker":
        request.applymarker(pytest.mark.docker)
        sandbox = DockerSandbox(request.getfixturevalue("sandbox_image"), limits=limits)
    else:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", LocalUnsafeWarning)
            sandbox = LocalSandbox(limits=limits)
    with sandbox:
        yield sandbox


def test_parity_terminal_state_carries_over(any_sandbox):
    any_sandbox.exec("mkdir -p a/b && cd a/b && export X=1 && Y=2")
    result = any_sandbox.exec('basename "$PWD"; echo "$X-${Y:-unset}"')
    assert result.stdout == "b\n1-unset\n"  # exported vars carry over, plain shell vars do not


def test_parity_timeout_kills_the_group(any_sandbox):
    result = any_sandbox.exec("sleep 300 & sleep 301", timeout_s=0.5)
    assert result.timed_out and result.exit_code == -9
    left = any_sandbox.exec("ps -eo pid,args | grep -E '[s]leep 30[01]'")
    assert left.stdout == ""


def test_parity_output_cap_keeps_head_and_tail(any_sandbox):
    result = any_sandbox.exec("echo FIRST; seq 1 100000; echo LAST")
    assert result.truncated
    assert result.stdout.startswith("FIRST\n1\n") and result.stdout.endswith("100000\nLAST\n")
    assert "bytes of output cut (limit 10000)" in result.stdout


def test_parity_files_and_tar_roundtrip(any_sandbox, tmp_path):
    (tmp_path / "up").mkdir()
    (tmp_path / "up" / "f.txt").write_text("payload")
    any_sandbox.exec("mkdir -p dest")
    any_sandbox.upload(tmp_path / "up", dest="dest")
    assert any_sandbox.exec("cat dest/up/f.txt").stdout == "payload"
    any_sandbox.write_file("out/r.txt", "result")
    back = any_sandbox.download("out", tmp_path / "back")
    assert (back / "r.txt").read_text() == "result"
    with pytest.raises(FileNotFoundError):
        any_sandbox.read_file("missing.txt")


def test_download_refuses_paths_escaping_the_destination(any_sandbox, tmp_path):
    any_sandbox.exec("mkdir -p trap && ln -s / trap/root && ln -s ../../etc trap/up")
    dest = tmp_path / "dl"
    with pytest.raises(Exception, match="outside|link"):
        any_sandbox.download("trap", dest)
    assert not os.path.lexists(dest / "trap" / "root" / "etc")


def test_parity_timeout_holds_after_the_command_closes_its_output(any_sandbox):
    result = any_sandbox.exec("exec >/dev/null 2>&1; sleep 300", timeout_s=0.5)
    assert result.timed_out and result.exit_code == -9
    assert any_sandbox.exec("echo next").stdout == "next\n"

"""DockerSandbox exec and files: the shell feels like a terminal, results are exact."""

import pytest

from loopwright.envs.sandbox import DockerSandbox, Limits, SandboxError

pytestmark = pytest.mark.docker


def test_exec_returns_stdout_stderr_and_exit_code(docker_sandbox):
    result = docker_sandbox.exec("echo out; echo err >&2; exit 7")
    assert (result.stdout, result.stderr, result.exit_code) == ("out\n", "err\n", 7)
    assert not result.timed_out and not result.truncated
    assert result.duration_s > 0


def test_runs_as_unprivileged_agent_in_workspace(docker_sandbox):
    result = docker_sandbox.exec("id -u; id -un; pwd")
    assert result.stdout.split() == ["1000", "agent", "/workspace"]


def test_cd_and_export_carry_over_between_calls(docker_sandbox):
    docker_sandbox.exec("mkdir -p proj/src && cd proj/src && export GREETING='hi there'")
    result = docker_sandbox.exec('pwd; echo "$GREETING"')
    assert result.stdout == "/workspace/proj/src\nhi there\n"


def test_state_carries_over_even_when_the_command_fails(docker_sandbox):
    docker_sandbox.exec("cd /tmp && export A=1 && false")
    assert docker_sandbox.exec("pwd; echo $A").stdout == "/tmp\n1\n"


def test_per_call_env_and_cwd_do_not_stick(docker_sandbox):
    docker_sandbox.exec("export MODE=session; mkdir -p /workspace/other")
    once = docker_sandbox.exec("echo $MODE; pwd", env={"MODE": "call"}, cwd="/workspace/other")
    assert once.stdout == "call\n/workspace/other\n"
    after = docker_sandbox.exec("echo $MODE; pwd")
    assert after.stdout == "session\n/workspace\n"


def test_stdin_is_fed_to_the_command(docker_sandbox):
    text = "line one\nline two\n" * 1000
    assert docker_sandbox.exec("wc -l", stdin=text).stdout.strip() == "2000"


def test_write_and_read_file_roundtrip_bytes(docker_sandbox):
    payload = bytes(range(256)) * 10
    docker_sandbox.write_file("data/blob.bin", payload)
    assert docker_sandbox.read_file("/workspace/data/blob.bin") == payload
    assert docker_sandbox.exec("stat -c %s data/blob.bin").stdout.strip() == "2560"


def test_read_missing_file_raises_file_not_found(docker_sandbox):
    with pytest.raises(FileNotFoundError, match="no-such-file"):
        docker_sandbox.read_file("no-such-file")


def test_upload_and_download_folders_as_tar(docker_sandbox, tmp_path):
    src = tmp_path / "pkg"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "mod.py").write_text("X = 1\n")
    docker_sandbox.upload(src)
    assert docker_sandbox.exec("cat /workspace/pkg/sub/mod.py").stdout == "X = 1\n"
    docker_sandbox.exec("echo changed > pkg/sub/new.txt")
    out = docker_sandbox.download("/workspace/pkg", tmp_path / "back")
    assert out == tmp_path / "back" / "pkg"
    assert (out / "sub" / "new.txt").read_text() == "changed\n"


def test_upload_of_missing_host_path_is_a_clear_error(docker_sandbox, tmp_path):
    with pytest.raises(FileNotFoundError, match="no such host path"):
        docker_sandbox.upload(tmp_path / "absent")


def test_closed_sandbox_says_so_and_its_container_is_gone(sandbox_image, docker_client):
    sandbox = DockerSandbox(sandbox_image, limits=Limits())
    container = sandbox.container_id
    sandbox.close()
    with pytest.raises(SandboxError, match="closed"):
        sandbox.exec("true")
    from tests.fixtures.docker import container_exists

    assert not container_exists(docker_client, container)


def test_missing_image_is_a_clear_error():
    with pytest.raises(SandboxError, match="loopwright sandbox build"):
        DockerSandbox("loopwright-sandbox:does-not-exist")


def test_pkill_python_does_not_end_the_session(docker_sandbox):
    docker_sandbox.exec("cd /tmp")
    assert docker_sandbox.exec("pkill python3; echo survived").stdout == "survived\n"
    assert docker_sandbox.exec("pwd").stdout == "/tmp\n"


def test_a_command_that_kills_the_server_gets_a_note_and_a_fresh_server(docker_sandbox):
    docker_sandbox.exec("cd /tmp")
    killed = docker_sandbox.exec("kill -9 $PPID; sleep 5")
    assert killed.exit_code == -9 and "command server" in killed.stderr
    assert docker_sandbox.exec("pwd").stdout == "/workspace\n"  # state was reset, as said


def test_docker_sandbox_satisfies_the_sandbox_protocol(docker_sandbox):
    from loopwright.envs.sandbox import Sandbox

    assert isinstance(docker_sandbox, Sandbox)


def test_deleting_the_current_folder_does_not_wedge_the_session(docker_sandbox):
    docker_sandbox.exec("mkdir -p gone && cd gone")
    docker_sandbox.exec("rmdir /workspace/gone")
    assert docker_sandbox.exec("pwd").stdout == "/workspace\n"


def test_bad_cwd_and_timeout_are_clear_errors(docker_sandbox):
    result = docker_sandbox.exec("pwd", cwd="/no/such/dir")
    assert result.exit_code == 1 and "No such file or directory" in result.stderr
    with pytest.raises(ValueError, match="timeout_s must be positive"):
        docker_sandbox.exec("true", timeout_s=0)


@pytest.mark.parametrize("field", ["cpus", "mem_mb", "pids", "timeout_s", "output_bytes"])
def test_nonsense_limits_are_refused_before_any_container_starts(field):
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match=field):
        Limits(**{field: 0})

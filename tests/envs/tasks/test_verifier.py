"""The verifier: reward parsing, path mapping for read-only roots, and real Docker runs."""

import pytest

from loopwright.envs.tasks import load_suite, setup_workspace, verify
from loopwright.envs.tasks.verifier import VerifierPaths, parse_reward, rewrite_paths


def test_reward_files_parse_or_give_a_reason():
    assert parse_reward("reward.txt", " 1\n") == (1.0, None)
    assert parse_reward("reward.json", '{"reward": 0.5, "n": 3}') == (0.5, None)
    assert parse_reward("reward.json", '{"score": 0.25}') == (0.25, None)
    reward, reason = parse_reward("reward.txt", "yes")
    assert reward is None and "not one number" in reason
    reward, reason = parse_reward("reward.json", '{"a": 1, "b": 2}')
    assert reward is None and "no 'reward'" in reason


def test_mapped_paths_rewrite_absolute_tests_and_logs_only():
    paths = VerifierPaths("/tmp/v/tests", "/tmp/v/logs")
    script = (
        "mkdir -p /logs/verifier\npython3 /tests/test_x.py /workspace/tests/keep\n"
        'cd /tests; echo 1 > "/logs/verifier/reward.txt"\n'
    )
    out = rewrite_paths(script.encode(), paths).decode()
    assert out == (
        "mkdir -p /tmp/v/logs/verifier\npython3 /tmp/v/tests/test_x.py /workspace/tests/keep\n"
        'cd /tmp/v/tests; echo 1 > "/tmp/v/logs/verifier/reward.txt"\n'
    )


def _oracle(sandbox, task) -> None:
    sandbox.write_file("/workspace/.solve.sh", task.solution_script.read_bytes())
    assert sandbox.exec("bash /workspace/.solve.sh && rm /workspace/.solve.sh").exit_code == 0


@pytest.mark.docker
@pytest.mark.parametrize("suite", ["arith", "files", "code"])
def test_oracle_passes_and_doing_nothing_fails(suite, sandbox_image):
    from loopwright.envs.sandbox import DockerSandbox

    task = next(t for t in load_suite(suite, "test").tasks if t.difficulty == "hard")
    with DockerSandbox(sandbox_image) as sb:
        setup_workspace(sb, task)
        failed = verify(sb, task)
        assert (failed.reward, failed.passed, failed.reason) == (0.0, False, None)
        _oracle(sb, task)
        passed = verify(sb, task)
        assert passed.passed and passed.reward == 1.0, passed.output


@pytest.mark.docker
def test_missing_reward_file_fails_and_planted_reward_does_not_count(tmp_path, sandbox_image):
    from loopwright.envs.sandbox import DockerSandbox
    from loopwright.envs.tasks import load_task

    (tmp_path / "t" / "tests").mkdir(parents=True)
    (tmp_path / "t" / "instruction.md").write_text("nothing")
    (tmp_path / "t" / "tests" / "test.sh").write_text("echo checking; exit 3\n")
    task = load_task(tmp_path / "t")
    with DockerSandbox(sandbox_image) as sb:
        plant = "mkdir -p /tmp/.loopwright-verifier/logs/verifier /logs/verifier 2>/dev/null; "
        plant += "echo 1 > /tmp/.loopwright-verifier/logs/verifier/reward.txt; "
        plant += "echo 1 > /logs/verifier/reward.txt 2>/dev/null; true"
        sb.exec(plant)
        result = verify(sb, task)
    assert not result.passed and result.reward == 0.0
    assert "wrote no /logs/verifier/reward.txt" in result.reason
    assert "exit code 3" in result.reason

"""The verifier: reward parsing, path mapping for read-only roots, and real Docker runs."""

import pytest

from loopwright.envs.tasks import load_suite, verify
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


@pytest.mark.slow
@pytest.mark.docker
def test_every_shipped_task_fails_untouched_and_passes_with_its_oracle(sandbox_image):
    from loopwright.envs.sandbox import DockerSandbox
    from loopwright.envs.tasks import SPLITS, shipped_suites
    from loopwright.envs.tasks.check import check_tasks

    tasks = [t for suite in shipped_suites() for split in SPLITS for t in load_suite(suite, split).tasks]
    assert len(tasks) >= 4 * 420
    results = check_tasks(tasks, lambda: DockerSandbox(sandbox_image), workers=2)
    assert len(results) == len(tasks)
    assert [r for r in results if r.problem is not None] == []


@pytest.mark.docker
@pytest.mark.parametrize("suite", ["arith", "files", "code", "shell"])
def test_another_seed_gives_sound_tasks_in_every_family_and_level(suite, tmp_path, sandbox_image):
    from loopwright.envs.sandbox import DockerSandbox
    from loopwright.envs.tasks import SPLITS
    from loopwright.envs.tasks.check import check_tasks
    from loopwright.envs.tasks.generate import SUITES, generate_suite

    generate_suite(suite, tmp_path, seed=7)
    chosen = {}
    for split in SPLITS:
        for task in load_suite(tmp_path / suite, split).tasks:
            chosen.setdefault((task.family, task.difficulty), task)
    assert len(chosen) == 3 * len(SUITES[suite])
    results = check_tasks(list(chosen.values()), lambda: DockerSandbox(sandbox_image), workers=2)
    assert [r for r in results if r.problem is not None] == []


@pytest.mark.docker
def test_check_names_a_task_that_pays_for_nothing_and_one_whose_oracle_fails(tmp_path, sandbox_image):
    from loopwright.envs.sandbox import DockerSandbox
    from loopwright.envs.tasks import load_task
    from loopwright.envs.tasks.check import check_tasks

    def task(name: str, check: str, solve: str):
        root = tmp_path / name
        (root / "tests").mkdir(parents=True)
        (root / "solution").mkdir()
        (root / "instruction.md").write_text("Write ok to /workspace/a.txt")
        (root / "tests" / "test.sh").write_text(
            f"mkdir -p /logs/verifier; if {check}; then echo 1; else echo 0; fi > /logs/verifier/reward.txt\n")
        (root / "solution" / "solve.sh").write_text(solve)
        return load_task(root)

    tasks = [task("free", "true", "true"), task("wrong", "[ -f /workspace/a.txt ]", "echo ok > /workspace/b.txt"),
             task("sound", "[ -f /workspace/a.txt ]", "echo ok > /workspace/a.txt")]
    free, wrong, sound = check_tasks(tasks, lambda: DockerSandbox(sandbox_image), workers=1)
    assert "doing nothing earns reward 1.0" in free.problem
    assert "the reference solution earns 0.0" in wrong.problem
    assert sound.problem is None


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

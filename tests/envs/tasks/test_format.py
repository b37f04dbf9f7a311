"""Task folders load with clear errors; shipped suites are large, graded and disjoint."""

import filecmp
from pathlib import Path

import pytest

from loopwright.envs.tasks import SUITES_ROOT, TaskFormatError, load_suite, load_task
from loopwright.envs.tasks.generate import generate_suite


def _task(tmp_path: Path, toml: str | None = None, instruction: str = "Do it.") -> Path:
    root = tmp_path / "t1"
    (root / "tests").mkdir(parents=True)
    (root / "tests" / "test.sh").write_text("echo 1 > /logs/verifier/reward.txt\n")
    (root / "instruction.md").write_text(instruction)
    if toml is not None:
        (root / "task.toml").write_text(toml)
    return root


def test_task_folder_loads_config_and_limits(tmp_path):
    root = _task(
        tmp_path,
        "[agent]\ntimeout_sec = 12\ncommand_timeout_sec = 4\n[verifier]\ntimeout_sec = 7\nenv = {A = 'b'}\n"
        "[environment]\ncpus = 2\nmemory_mb = 300\n[metadata]\ndifficulty = 'hard'\nextra = 1\n",
    )
    task = load_task(root)
    assert task.task_id == "t1"
    assert task.config.agent.timeout_sec == 12
    assert task.config.verifier.env == {"A": "b"}
    assert task.difficulty == "hard"
    limits = task.limits()
    assert (limits.cpus, limits.mem_mb, limits.timeout_s) == (2, 300, 4)


def test_a_task_without_a_command_limit_keeps_the_sandbox_default(tmp_path):
    assert load_task(_task(tmp_path, "[agent]\ntimeout_sec = 12\n")).limits().timeout_s == 60


@pytest.mark.parametrize(
    ("toml", "instruction", "message"),
    [
        ("[agent\n", "x", "not valid TOML"),
        ("[verifier]\ntimeout_sec = -1\n", "x", "verifier.timeout_sec"),
        ("[environment]\nallow_internet = true\n", "x", "no network"),
        (None, "   ", "instruction.md is empty"),
    ],
)
def test_bad_task_folder_names_the_problem(tmp_path, toml, instruction, message):
    root = _task(tmp_path, toml, instruction)
    with pytest.raises(TaskFormatError, match=message) as info:
        load_task(root)
    assert str(root) in str(info.value)


def test_missing_test_script_is_rejected(tmp_path):
    root = _task(tmp_path)
    (root / "tests" / "test.sh").unlink()
    with pytest.raises(TaskFormatError, match="tests/test.sh"):
        load_task(root)


def test_unknown_suite_and_split_are_clear_errors():
    with pytest.raises(TaskFormatError, match="shipped: arith, code, files, shell"):
        load_suite("nope", "train")
    with pytest.raises(TaskFormatError, match="no split 'dev'"):
        load_suite("arith", "dev")


@pytest.mark.parametrize("name", ["arith", "files", "code", "shell"])
def test_shipped_suite_is_large_graded_and_splits_never_overlap(name):
    train, test, transfer = (load_suite(name, split) for split in ("train", "test", "test-transfer"))
    assert len(train.tasks) >= 300 and len(test.tasks) >= 60 and len(transfer.tasks) >= 60
    for split in (train, test, transfer):
        assert {t.difficulty for t in split.tasks} == {"easy", "medium", "hard"}
        assert all(t.solution_script is not None for t in split.tasks)
    texts = [{t.instruction for t in split.tasks} for split in (train, test, transfer)]
    assert not texts[0] & texts[1] and not texts[0] & texts[2] and not texts[1] & texts[2]
    assert len(texts[0]) == len(train.tasks)
    families = [{t.family for t in split.tasks} for split in (train, test, transfer)]
    assert len(families[0]) >= 12 and families[1] == families[0]  # test: new tasks, same skills
    assert len(families[2]) >= 4 and not families[2] & families[0]  # transfer: skills never trained


@pytest.mark.parametrize("name", ["arith", "files", "code", "shell"])
def test_generator_is_reproducible_from_its_seed(tmp_path, name):
    generate_suite(name, tmp_path / "a", seed=0)
    generate_suite(name, tmp_path / "b", seed=1)
    same = filecmp.dircmp(tmp_path / "a" / name, SUITES_ROOT / name)
    assert not same.left_only and not same.right_only
    for split in ("train", "test", "test-transfer"):
        ours, shipped = tmp_path / "a" / name / split, SUITES_ROOT / name / split
        assert sorted(p.name for p in ours.iterdir()) == sorted(p.name for p in shipped.iterdir())
        for task_dir in ours.iterdir():
            for path in task_dir.rglob("*"):
                if path.is_file():
                    assert path.read_bytes() == (shipped / path.relative_to(ours)).read_bytes(), path
    other = load_suite(tmp_path / "b" / name, "test")
    assert {t.instruction for t in other.tasks} != {t.instruction for t in load_suite(name, "test").tasks}

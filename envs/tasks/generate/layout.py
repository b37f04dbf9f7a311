"""Writes a TaskSpec as a Harbor task folder (instruction, task.toml, tests, solution)."""

from pathlib import Path

from loopwright.envs.tasks.generate.spec import TaskSpec

COMMAND_TIMEOUT_S = 10.0
"""Every generated task's limit on one agent command (`[agent] command_timeout_sec`): the
reference solutions take well under a second, and at 60 s a base model's endless python loop
held arith's `test-transfer` eval for two turns of a minute each (69-129 s instead of ~11)."""


def test_script(spec: TaskSpec) -> str:
    """tests/test.sh: reward 1/0 from the check, or the score command's number."""
    head = "#!/usr/bin/env bash\nmkdir -p /logs/verifier\n"
    if spec.check is not None:
        return (
            head + "# Verifier: reward 1 when the check passes, else 0.\n"
            f"if {spec.check}; then echo 1 > /logs/verifier/reward.txt; "
            "else echo 0 > /logs/verifier/reward.txt; fi\n"
        )
    return (
        head + "# Verifier: partial credit, the share of checks passed.\n"
        f'reward=$({spec.score} 2>/dev/null | tail -n 1)\n'
        'case "$reward" in ""|*[!0-9.]*) reward=0 ;; esac\n'
        'echo "$reward" > /logs/verifier/reward.txt\n'
    )


def task_toml(suite: str, family: str, level: str) -> str:
    return (
        'version = "1.0"\n\n[metadata]\n'
        f'difficulty = "{level}"\nfamily = "{family}"\ncategory = "{suite}"\n'
        f'tags = ["loopwright", "{suite}", "{family}"]\n\n'
        f"[agent]\ntimeout_sec = 300.0\ncommand_timeout_sec = {COMMAND_TIMEOUT_S}\n\n[verifier]\ntimeout_sec = 60.0\n\n"
        "[environment]\ncpus = 1\nmemory_mb = 512\nallow_internet = false\n"
    )


def write_task(root: Path, suite: str, family: str, level: str, spec: TaskSpec) -> None:
    root.mkdir(parents=True)
    (root / "instruction.md").write_text(spec.instruction + "\n")
    (root / "task.toml").write_text(task_toml(suite, family, level))
    (root / "tests").mkdir()
    (root / "tests" / "test.sh").write_text(test_script(spec))
    for name, content in spec.tests.items():
        (root / "tests" / name).write_text(content)
    for name, content in spec.environment.items():
        target = root / "environment" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content)
    (root / "solution").mkdir()
    (root / "solution" / "solve.sh").write_text(f"#!/usr/bin/env bash\n{spec.solution}\n")

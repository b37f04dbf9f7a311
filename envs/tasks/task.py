"""A task folder (Harbor / Terminal-Bench 2 layout) loaded into memory.

```
my-task/
  instruction.md        what the agent is told
  task.toml             timeouts, resources, metadata (see config.py)
  environment/          optional: files copied into /workspace before the run,
                        and optionally a Dockerfile built FROM our sandbox image
  tests/test.sh         run after the agent stops; writes /logs/verifier/reward.txt
  solution/solve.sh     optional oracle, used to check the task itself
```
"""

import tomllib
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from loopwright.envs.sandbox.base import Limits
from loopwright.envs.tasks.config import TaskConfig


class TaskFormatError(ValueError):
    """A task folder does not follow the format; the message names the folder and the fix."""


@dataclass(frozen=True, slots=True)
class Task:
    task_id: str
    path: Path
    instruction: str
    config: TaskConfig

    @property
    def environment_dir(self) -> Path | None:
        """Setup files to copy into /workspace (Dockerfile excluded), if any."""
        env = self.path / "environment"
        return env if env.is_dir() else None

    @property
    def dockerfile(self) -> Path | None:
        path = self.path / "environment" / "Dockerfile"
        return path if path.is_file() else None

    @property
    def tests_dir(self) -> Path:
        return self.path / "tests"

    @property
    def solution_script(self) -> Path | None:
        path = self.path / "solution" / "solve.sh"
        return path if path.is_file() else None

    @property
    def difficulty(self) -> str:
        return str(self.config.metadata.get("difficulty", "unknown"))

    @property
    def family(self) -> str:
        """The template family the task was drawn from (per-family logs, curriculum);
        a task without one is its own family."""
        return str(self.config.metadata.get("family", self.task_id))

    def limits(self, base: Limits | None = None) -> Limits:
        """Sandbox limits from `[environment]` and `[agent] command_timeout_sec`, other fields
        kept from `base`."""
        base = base or Limits()
        update = {"cpus": self.config.environment.cpus, "mem_mb": self.config.environment.memory_mb}
        if self.config.agent.command_timeout_sec is not None:
            update["timeout_s"] = self.config.agent.command_timeout_sec
        return base.model_copy(update=update)


def load_task(path: str | Path) -> Task:
    """Reads and validates one task folder; raises TaskFormatError with a readable reason."""
    path = Path(path)
    if not path.is_dir():
        raise TaskFormatError(f"{path}: not a task folder (expected a directory)")
    instruction_file = path / "instruction.md"
    if not instruction_file.is_file():
        raise TaskFormatError(f"{path}: missing instruction.md (the text the agent is given)")
    instruction = instruction_file.read_text(encoding="utf-8").strip()
    if not instruction:
        raise TaskFormatError(f"{path}: instruction.md is empty")
    if not (path / "tests" / "test.sh").is_file():
        raise TaskFormatError(
            f"{path}: missing tests/test.sh (it must write /logs/verifier/reward.txt)"
        )
    config = _read_config(path)
    if config.environment.allow_internet:
        raise TaskFormatError(
            f"{path}: task.toml sets [environment] allow_internet = true, "
            "but loopwright sandboxes have no network"
        )
    return Task(task_id=path.name, path=path, instruction=instruction, config=config)


def _read_config(path: Path) -> TaskConfig:
    toml_file = path / "task.toml"
    if not toml_file.is_file():
        return TaskConfig()
    try:
        raw = tomllib.loads(toml_file.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise TaskFormatError(f"{toml_file}: not valid TOML ({exc})") from None
    try:
        return TaskConfig.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise TaskFormatError(f"{toml_file}: {problems}") from None

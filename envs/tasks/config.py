"""`task.toml` as a typed model: the Harbor / Terminal-Bench 2 task configuration.

Unknown keys are kept (tasks written for that benchmark carry metadata we do not use);
values we rely on are validated so a bad task fails at load time with its path named.
"""

from pydantic import BaseModel, ConfigDict, Field


class AgentSection(BaseModel):
    model_config = ConfigDict(extra="allow")
    timeout_sec: float = Field(default=300.0, gt=0)
    """Wall-clock budget of the agent's whole run on this task."""
    command_timeout_sec: float | None = Field(default=None, gt=0)
    """Loopwright's key, not Harbor's: the wall-clock limit of one agent command (a bash or
    python call that names none) in this task's sandbox; None keeps the sandbox's 60 s (the
    generated suites' value and why: `generate.layout.COMMAND_TIMEOUT_S`)."""


class VerifierSection(BaseModel):
    model_config = ConfigDict(extra="allow")
    timeout_sec: float = Field(default=120.0, gt=0)
    """Wall-clock limit of `tests/test.sh`; past it the verification fails."""
    env: dict[str, str] = Field(default_factory=dict)
    """Extra environment variables for `tests/test.sh`."""


class EnvironmentSection(BaseModel):
    model_config = ConfigDict(extra="allow")
    cpus: float = Field(default=1.0, gt=0)
    """CPU share of the task's sandbox."""
    memory_mb: int = Field(default=1024, gt=0)
    """Memory cap of the task's sandbox."""
    image: str | None = None
    """A prebuilt image tag to run instead of the default sandbox image."""
    allow_internet: bool = False
    """Our sandboxes have no network; a task that needs it is rejected at load time."""


class TaskConfig(BaseModel):
    model_config = ConfigDict(extra="allow")
    version: str = "1.0"
    """Format version of the task folder."""
    metadata: dict[str, object] = Field(default_factory=dict)
    """Free-form: difficulty, category, tags (used for reporting only)."""
    agent: AgentSection = Field(default_factory=AgentSection)
    verifier: VerifierSection = Field(default_factory=VerifierSection)
    environment: EnvironmentSection = Field(default_factory=EnvironmentSection)

"""Task suites with verifiable rewards, in the Harbor / Terminal-Bench 2 folder format."""

from loopwright.envs.tasks.config import TaskConfig
from loopwright.envs.tasks.suite import SPLITS, SUITES_ROOT, Suite, load_suite, shipped_suites
from loopwright.envs.tasks.task import Task, TaskFormatError, load_task
from loopwright.envs.tasks.verifier import (
    PASS_THRESHOLD,
    VerifyResult,
    setup_workspace,
    verify,
)

__all__ = [
    "PASS_THRESHOLD",
    "SPLITS",
    "SUITES_ROOT",
    "Suite",
    "Task",
    "TaskConfig",
    "TaskFormatError",
    "VerifyResult",
    "load_suite",
    "load_task",
    "setup_workspace",
    "shipped_suites",
    "verify",
]

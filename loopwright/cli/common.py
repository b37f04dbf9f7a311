"""What every command shares: the one-line user-error exit and the choice enums of its flags."""

from enum import StrEnum
from typing import NoReturn

import typer


def fail(message: str) -> NoReturn:
    """A user error: one line on stderr, exit code 1, no traceback."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(1)


class EngineKind(StrEnum):
    ours = "ours"
    hf = "hf"


class DType(StrEnum):
    fp32 = "fp32"
    bf16 = "bf16"


class SandboxKind(StrEnum):
    docker = "docker"
    local = "local"

"""What every command shares: the one-line user-error exit, loading the model, the choice enums
of its flags and the turn budget's deprecated flag."""

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

if TYPE_CHECKING:
    from loopwright.models.local_model import LocalModel

OldMaxSteps = Annotated[int | None, typer.Option("--max-steps", min=1, hidden=True, help="Deprecated: use --max-turns.")]
"""`--max-steps`, the old name of `--max-turns`: accepted for one more release, with a warning."""


def fail(message: str) -> NoReturn:
    """A user error: one line on stderr, exit code 1, no traceback."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(1)


def load_model(model: str) -> "LocalModel":
    """The model by name or path, with a line on stderr while it loads; an unknown or broken
    model is a user error (`fail`), not a traceback."""
    from loopwright.models import ModelLoadError, load

    typer.echo(f"loading {model} ...", err=True)
    try:
        return load(model)
    except ModelLoadError as exc:
        fail(str(exc))


def turn_budget(ctx: typer.Context, max_turns: int, old_max_steps: int | None) -> int:
    """The model turns a run may take: `--max-turns`, or `--max-steps` when only the old name was
    given (a deprecation warning on stderr says to use `--max-turns`); both at once is an error."""
    if old_max_steps is None:
        return max_turns
    source = ctx.get_parameter_source("max_turns")
    if source is not None and source.name == "COMMANDLINE":  # by name: typer may vendor click
        fail("--max-steps is the old name of --max-turns: give only --max-turns")
    typer.echo("warning: --max-steps is deprecated and will be removed in the next release; use --max-turns", err=True)
    return old_max_steps


class EngineKind(StrEnum):
    ours = "ours"
    hf = "hf"


class DType(StrEnum):
    fp32 = "fp32"
    bf16 = "bf16"


class SandboxKind(StrEnum):
    docker = "docker"
    local = "local"

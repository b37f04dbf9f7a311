"""`loopwright sandbox build|ls|prune`: the sandbox image, the containers it runs and the
volumes that keep resumable sessions' /workspace."""

import sys

import typer

from loopwright.cli.common import fail

sandbox_app = typer.Typer(
    help=(
        "The Docker sandbox: build its image, list and prune its containers and the\n"
        "workspace volumes of resumable sessions.\n\n"
        "Examples:\n\n"
        "  loopwright sandbox build\n\n"
        "  loopwright sandbox build --from python:3.12-slim\n\n"
        "  loopwright sandbox ls\n\n"
        "  loopwright sandbox prune --older-than 7d\n\n"
        "  loopwright sandbox prune --session my-task\n\n"
        "  loopwright sandbox prune --all"
    ),
    no_args_is_help=True,
)


@sandbox_app.command()
def build(
    from_image: str | None = typer.Option(
        None, "--from", help="Build on top of this local image instead of debootstrap."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress output."),
) -> None:
    """Build the sandbox image (cached: nothing to do when the recipe is unchanged).

    Example: `loopwright sandbox build` prints `loopwright-sandbox:<hash>`.
    """
    from loopwright.envs.sandbox import SandboxError, build_from, ensure_image

    try:
        tag = build_from(from_image, quiet=quiet) if from_image else ensure_image(quiet=quiet)
    except SandboxError as exc:
        fail(str(exc))
    typer.echo(tag)


@sandbox_app.command("ls")
def list_containers(
    sizes: bool = typer.Option(True, "--sizes/--no-sizes", help="Measure each volume (one engine `df`)."),
) -> None:
    """List sandbox containers (and whether their owner still runs) and session workspace volumes.

    Example: `loopwright sandbox ls` (or `loopwright sandbox ls --no-sizes`, faster).
    """
    from loopwright.envs.sandbox import SandboxError
    from loopwright.envs.sandbox.engine import connect
    from loopwright.envs.sandbox.labels import list_sandboxes
    from loopwright.envs.sandbox.volumes import list_volumes

    try:
        client = connect()
        found, volumes = list_sandboxes(client), list_volumes(client, sizes=sizes)
    except SandboxError as exc:
        fail(str(exc))
    if not found:
        typer.echo("no sandbox containers", err=True)
    else:
        typer.echo(f"{'CONTAINER':<13}{'SESSION':<14}{'OWNER':<16}{'STATUS':<10}{'CREATED':<22}IMAGE")
    for c in found:
        owner = f"{c.owner_pid} {'alive' if c.owner_alive else 'gone'}"
        typer.echo(f"{c.id:<13}{c.session:<14}{owner:<16}{c.status:<10}{c.created_at:<22}{c.image}")
    if not volumes:
        typer.echo("no workspace volumes", err=True)
        return
    typer.echo(f"{'VOLUME':<46}{'SESSION':<34}{'SIZE':>10}  {'AGE':<8}{'IN USE':<7}")
    for v in sorted(volumes, key=lambda v: v.age_s):
        size = "?" if v.size_bytes is None else _size(v.size_bytes)
        typer.echo(f"{v.name:<46}{v.session:<34}{size:>10}  {_age(v.age_s):<8}{'yes' if v.in_use else 'no':<7}")


def _size(num_bytes: int) -> str:
    """`512B`, `3.4K`, `12.0M`, `1.1G` (apparent size: a sparse file counts whole)."""
    for unit, scale in (("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10)):
        if num_bytes >= scale:
            return f"{num_bytes / scale:.1f}{unit}"
    return f"{num_bytes}B"


def _age(age_s: float) -> str:
    """`45s`, `12m`, `5h`, `3d`."""
    for unit, scale in (("d", 86400), ("h", 3600), ("m", 60)):
        if age_s >= scale:
            return f"{int(age_s // scale)}{unit}"
    return f"{int(age_s)}s"


@sandbox_app.command()
def prune(
    all_: bool = typer.Option(False, "--all", help="Remove every sandbox container (owner running or not) and every workspace volume."),
    older_than: str = typer.Option("7d", "--older-than", help="Remove workspace volumes of sessions started longer ago than this (7d, 12h, 30m, 0)."),
    session: str | None = typer.Option(None, "--session", help="Remove this session's workspace volume (its files are gone for good)."),
) -> None:
    """Remove sandbox containers whose owning process is gone and old session workspace volumes.

    A volume's age counts from the session's first sandbox; one still mounted by a container
    is kept. A removed session resumes with an empty /workspace.

    Example: `loopwright sandbox prune` (orphan containers, volumes older than 7 days).

    Example: `loopwright sandbox prune --older-than 12h`.

    Example: `loopwright sandbox prune --session my-task`.
    """
    from loopwright.envs.sandbox import SandboxError
    from loopwright.envs.sandbox.engine import connect
    from loopwright.envs.sandbox.labels import list_sandboxes, reap_orphans, remove_containers
    from loopwright.envs.sandbox.volumes import (
        parse_age,
        prune_volumes,
        remove_session_volume,
        volume_name,
    )

    try:
        age_s = 0.0 if all_ else parse_age(older_than)
    except ValueError as exc:
        fail(str(exc))
    try:
        client = connect()
        if all_:
            removed = list_sandboxes(client)
            remove_containers(client, [c.id for c in removed])
        else:
            removed = reap_orphans(client)
        dropped = 0
        if session is not None:
            if not remove_session_volume(client, session):
                fail(f"session {session}'s volume is in use by a running sandbox; stop it first")
            typer.echo(f"removed volume {volume_name(session)} (session {session})")
            dropped = 1
        volumes = prune_volumes(client, age_s) if session is None or all_ else []
    except SandboxError as exc:
        fail(str(exc))
    for c in removed:
        typer.echo(f"removed {c.id} (session {c.session}, owner pid {c.owner_pid})")
    for v in volumes:
        typer.echo(f"removed volume {v.name} (session {v.session}, age {_age(v.age_s)})")
    print(f"{len(removed)} sandbox container(s) and {len(volumes) + dropped} workspace volume(s) removed",
          file=sys.stderr)


def register(app: typer.Typer) -> None:
    app.add_typer(sandbox_app, name="sandbox")

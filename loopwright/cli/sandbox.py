"""`loopwright sandbox build|ls|prune`: the sandbox image and the containers it runs."""

import sys

import typer

from loopwright.cli.common import fail

sandbox_app = typer.Typer(
    help=(
        "The Docker sandbox: build its image, list and prune its containers.\n\n"
        "Examples:\n\n"
        "  loopwright sandbox build\n\n"
        "  loopwright sandbox build --from python:3.12-slim\n\n"
        "  loopwright sandbox ls\n\n"
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
def list_containers() -> None:
    """List loopwright sandbox containers and whether their owner still runs.

    Example: `loopwright sandbox ls`.
    """
    from loopwright.envs.sandbox import SandboxError
    from loopwright.envs.sandbox.engine import connect
    from loopwright.envs.sandbox.labels import list_sandboxes

    try:
        found = list_sandboxes(connect())
    except SandboxError as exc:
        fail(str(exc))
    if not found:
        typer.echo("no sandbox containers", err=True)
        return
    typer.echo(f"{'CONTAINER':<13}{'SESSION':<14}{'OWNER':<16}{'STATUS':<10}{'CREATED':<22}IMAGE")
    for c in found:
        owner = f"{c.owner_pid} {'alive' if c.owner_alive else 'gone'}"
        typer.echo(f"{c.id:<13}{c.session:<14}{owner:<16}{c.status:<10}{c.created_at:<22}{c.image}")


@sandbox_app.command()
def prune(
    all_: bool = typer.Option(False, "--all", help="Also remove sandboxes whose owner runs."),
) -> None:
    """Remove sandbox containers whose owning process is gone (or all with --all).

    Example: `loopwright sandbox prune`.
    """
    from loopwright.envs.sandbox import SandboxError
    from loopwright.envs.sandbox.engine import connect
    from loopwright.envs.sandbox.labels import list_sandboxes, reap_orphans, remove_containers

    try:
        client = connect()
        if all_:
            removed = list_sandboxes(client)
            remove_containers(client, [c.id for c in removed])
        else:
            removed = reap_orphans(client)
    except SandboxError as exc:
        fail(str(exc))
    for c in removed:
        typer.echo(f"removed {c.id} (session {c.session}, owner pid {c.owner_pid})")
    print(f"{len(removed)} sandbox container(s) removed", file=sys.stderr)


def register(app: typer.Typer) -> None:
    app.add_typer(sandbox_app, name="sandbox")

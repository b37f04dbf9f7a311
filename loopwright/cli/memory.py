"""`loopwright memory list|show|rate|clear`, and the `--memory` / `--memory-db` options that
`run`, `batch` and `eval` share.

The store is one SQLite file (default .loopwright/memory.sqlite); these commands read it
without loading a model, so they answer at once.
"""

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from loopwright.cli.common import fail

if TYPE_CHECKING:
    from loopwright.memory import Memory, MemoryItem

DEFAULT_DB = Path(".loopwright/memory.sqlite")


class MemoryMode(StrEnum):
    off = "off"
    on = "on"


MemoryFlag = Annotated[MemoryMode, typer.Option(
    "--memory", help="on: lessons of earlier runs relevant to the task go into the prompt, and each run "
                     "leaves one (see `loopwright memory list`). Off by default until it proves itself.")]
MemoryDbFlag = Annotated[Path, typer.Option("--memory-db", help="SQLite file of the memory (with --memory on).")]
DbFlag = Annotated[Path, typer.Option("--db", help="SQLite file of the memory.")]


def memory_for(mode: MemoryMode, db: Path) -> "Memory | None":
    """The Memory a command's runs use; None (no memory nodes at all) when off."""
    if mode == MemoryMode.off:
        return None
    from loopwright.memory import Memory, MemoryStore

    try:
        return Memory(MemoryStore(db))
    except Exception as exc:  # sqlite3.Error, OSError: a path the user gave
        fail(f"--memory-db {db}: {exc}")


def _store(db: Path):
    from loopwright.memory import MemoryStore

    if not db.is_file():
        fail(f"no memory at {db} (runs with --memory on create it)")
    return MemoryStore(db)


def list_items(
    db: DbFlag = DEFAULT_DB,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Newest N items.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """List memory items, newest first: outcome, who judged it, task and lesson.

    Example: `loopwright memory list --limit 5`
    """
    store = _store(db)
    items = store.items(limit)
    if as_json:
        for item in items:
            typer.echo(_json(item))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{store.count()} memory items in {db}")
    for column in ("id", "outcome", "judged by", "used", "task", "lesson"):
        table.add_column(column, overflow="fold")
    for item in items:
        table.add_row(str(item.id), f"{item.outcome:.2f}", item.outcome_source, str(item.used),
                      _short(item.task, 60), _short(item.lesson, 100))
    Console().print(table)


def show(
    item_id: Annotated[int, typer.Argument(help="Item id, as `loopwright memory list` shows it.")],
    db: DbFlag = DEFAULT_DB,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """Show one memory item in full: its task, run, outcome, actions, error and lesson.

    Example: `loopwright memory show 3`
    """
    item = _store(db).get(item_id)
    if item is None:
        fail(f"no memory item {item_id} in {db}")
    if as_json:
        typer.echo(_json(item))
        return
    for key, value in _fields(item).items():
        typer.echo(f"{key:>15}: {value}")


class Rating(StrEnum):
    good = "good"
    bad = "bad"


def rate(
    item_id: Annotated[int, typer.Argument(help="Item id, as `loopwright memory list` shows it.")],
    rating: Annotated[Rating, typer.Argument(help="good (outcome 1.0) or bad (0.0).")],
    db: DbFlag = DEFAULT_DB,
) -> None:
    """Rate a memory item as a person: the rating replaces the verifier's or the model's own
    judgement, and the lesson's wording follows (what worked / what failed).

    Example: `loopwright memory rate 3 bad`
    """
    store = _store(db)
    if store.get(item_id) is None:
        fail(f"no memory item {item_id} in {db}")
    store.set_outcome(item_id, 1.0 if rating == Rating.good else 0.0, "rating")
    typer.echo(store.get(item_id).lesson)


def clear(
    db: DbFlag = DEFAULT_DB,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask.")] = False,
) -> None:
    """Delete every memory item (the file stays, empty).

    Example: `loopwright memory clear --yes`
    """
    store = _store(db)
    if not yes and not typer.confirm(f"delete all {store.count()} memory items in {db}?"):
        raise typer.Exit(1)
    typer.echo(f"deleted {store.clear()} memory items from {db}")


def _fields(item: "MemoryItem") -> dict:
    from dataclasses import asdict

    return {k: v for k, v in asdict(item).items() if k != "score"}


def _json(item: "MemoryItem") -> str:
    import json

    return json.dumps(_fields(item))


def _short(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 3] + "..."


def register(app: typer.Typer) -> None:
    group = typer.Typer(help="Memory across runs: lessons distilled from finished runs (`--memory on`).\n\n"
                             "Example: `loopwright memory list`", no_args_is_help=True)
    group.command("list")(list_items)
    group.command("show")(show)
    group.command("rate")(rate)
    group.command("clear")(clear)
    app.add_typer(group, name="memory")

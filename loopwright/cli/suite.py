"""`loopwright suite ls|check`: the task suites, and proof that each task is sound."""

import sys
from collections import Counter

import typer

from loopwright.cli.common import fail

suite_app = typer.Typer(
    help=(
        "Task suites: list them, check their tasks in Docker.\n\n"
        "Examples:\n\n"
        "  loopwright suite ls\n\n"
        "  loopwright suite check shell --split test-transfer\n\n"
        "  loopwright suite check arith --split all --limit 20"
    ),
    no_args_is_help=True,
)


@suite_app.command("ls")
def list_suites() -> None:
    """List the shipped suites: tasks per split and families.

    Example: `loopwright suite ls`.
    """
    from loopwright.envs.tasks import SPLITS, load_suite, shipped_suites

    for name in shipped_suites():
        counts, families = [], {}
        for split in SPLITS:
            try:
                tasks = load_suite(name, split).tasks
            except ValueError:
                continue
            counts.append(f"{split} {len(tasks)}")
            families[split] = Counter(t.family for t in tasks)
        typer.echo(f"{name}: {', '.join(counts)}")
        for split, per_family in families.items():
            typer.echo(f"  {split}: " + ", ".join(f"{f} {n}" for f, n in sorted(per_family.items())))


@suite_app.command()
def check(
    suite: str = typer.Argument(..., help="A shipped suite name or a suite folder."),
    split: str = typer.Option("all", help="train, test, test-transfer or all."),
    limit: int | None = typer.Option(None, min=1, help="Check only the first N tasks of each split."),
    workers: int = typer.Option(2, min=1, help="Sandboxes checking in parallel."),
) -> None:
    """Run every task in Docker twice: untouched (must fail) and after solution/solve.sh
    (must pass with reward 1). Exit 1 and a list of the broken tasks when any fails.

    Example: `loopwright suite check files --split test`.
    """
    from tqdm import tqdm

    from loopwright.envs.sandbox import DockerSandbox, SandboxError, ensure_image
    from loopwright.envs.tasks import SPLITS, TaskFormatError, load_suite
    from loopwright.envs.tasks.check import check_tasks

    splits = SPLITS if split == "all" else (split,)
    try:
        tasks = [t for s in splits for t in load_suite(suite, s, limit).tasks]
        image = ensure_image(quiet=True)
    except (TaskFormatError, SandboxError) as exc:
        fail(str(exc))
    bar = tqdm(total=len(tasks), desc=f"check {suite}", file=sys.stderr)
    results = check_tasks(tasks, lambda: DockerSandbox(image), workers, on_checked=lambda _: bar.update())
    bar.close()
    broken = [r for r in results if r.problem is not None]
    for result in broken:
        typer.echo(f"{result.task_id}: {result.problem}", err=True)
    typer.echo(f"{suite}: {len(results) - len(broken)}/{len(results)} tasks sound")
    if broken:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.add_typer(suite_app, name="suite")

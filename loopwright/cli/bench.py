"""`loopwright bench ...`: side-by-side benchmarks (ours vs peers), one JSON line per scenario."""

from typing import Annotated

import typer

bench_app = typer.Typer(
    help=(
        "Benchmarks that run ours and the peers side by side and print JSON lines.\n\n"
        "Examples:\n\n"
        "  loopwright bench decode\n\n"
        "  loopwright bench decode --scenario single --threads 1 --threads 2 --repeats 3"
    ),
    no_args_is_help=True,
)


@bench_app.command()
def decode(
    dtype: Annotated[list[str] | None, typer.Option("--dtype", help="fp32 and/or bf16 (repeat the flag).")] = None,
    scenario: Annotated[list[str] | None, typer.Option(
        "--scenario", help="single, samples and/or chat (repeat the flag).")] = None,
    threads: Annotated[list[int] | None, typer.Option("--threads", help="Thread counts (repeat the flag).")] = None,
    repeats: Annotated[int, typer.Option("--repeats", help="Measurements per engine (median and range).")] = 2,
    no_llama_cpp: Annotated[bool, typer.Option("--no-llama-cpp", help="Leave llama.cpp out on purpose.")] = False,
) -> None:
    """Our engine vs HF generate() and llama.cpp on the embedded model, each in its own process.

    llama.cpp comes from `scripts/setup --bench`; without it the bench fails unless
    --no-llama-cpp is given.

    Example: `loopwright bench decode --scenario single --threads 1 --threads 2`
    """
    from loopwright.bench.decode import main

    argv = ["--dtypes", *(dtype or ["fp32"]), "--scenarios", *(scenario or ["single", "samples", "chat"]),
            "--threads", *map(str, threads or [2]), "--repeats", str(repeats)]
    argv += ["--no-llama-cpp"] if no_llama_cpp else []
    try:
        main(argv)
    except SystemExit as exc:  # argparse's own message is already on stderr
        if exc.code:
            raise typer.Exit(2) from None


def register(app: typer.Typer) -> None:
    app.add_typer(bench_app, name="bench")

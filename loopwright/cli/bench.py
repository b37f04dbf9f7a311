"""`loopwright bench ...`: side-by-side benchmarks (ours vs peers), one JSON line per scenario."""

from typing import Annotated

import typer

bench_app = typer.Typer(
    help=(
        "Benchmarks that run ours and the peer in one process and print JSON lines.\n\n"
        "Examples:\n\n"
        "  loopwright bench decode\n\n"
        "  loopwright bench decode --dtype fp32 --scenario single"
    ),
    no_args_is_help=True,
)


@bench_app.command()
def decode(
    dtype: Annotated[list[str] | None, typer.Option("--dtype", help="fp32 and/or bf16 (repeat the flag).")] = None,
    scenario: Annotated[list[str] | None, typer.Option(
        "--scenario", help="single, samples and/or chat (repeat the flag).")] = None,
    no_llama_cpp: Annotated[bool, typer.Option("--no-llama-cpp", help="Skip llama.cpp even when installed.")] = False,
) -> None:
    """Our engine vs HF generate() (and llama.cpp if installed) on the embedded model.

    Example: `loopwright bench decode --dtype bf16 --scenario chat`
    """
    from loopwright.bench.decode import main

    argv = ["--dtypes", *(dtype or ["fp32", "bf16"]), "--scenarios", *(scenario or ["single", "samples", "chat"])] + (["--no-llama-cpp"] if no_llama_cpp else [])
    try:
        main(argv)
    except SystemExit as exc:  # argparse's own message is already on stderr
        if exc.code:
            raise typer.Exit(2) from None


def register(app: typer.Typer) -> None:
    app.add_typer(bench_app, name="bench")

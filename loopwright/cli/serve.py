"""`loopwright serve`: the OpenAI-compatible HTTP server over our engine."""

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from loopwright.cli.common import fail, load_model

if TYPE_CHECKING:
    import torch

    from loopwright.models import LocalModel


def serve(
    model: Annotated[str, typer.Option("--model", "-m", help="smollm2-135m, an HF dir, a .gguf file or a hub id.")] = "smollm2-135m",
    adapter: Annotated[Path | None, typer.Option(help="LoRA adapter from `loopwright train --out`, merged into the served weights.")] = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
    trace_dir: Annotated[Path | None, typer.Option("--trace-dir", help="Record every call as a `chat` span with its token ids (JSONL), one trace per session.")] = None,
) -> None:
    """Serve the model over the OpenAI API (chat, completions, tools, token ids, metrics).

    Example: `loopwright serve --port 8000 --trace-dir .loopwright/traces`, then point any
    OpenAI client at `http://127.0.0.1:8000/v1`. Send `X-Session-Id` (or `user`) to group a
    session's calls into one trace. `POST /v1/weights {"adapter": DIR}` swaps in another
    adapter between two engine steps. SIGTERM lets running requests finish, then exits.
    """
    from loopwright.models import make_engine
    from loopwright.server import ServedModel, context_len
    from loopwright.server import serve as run_server

    if trace_dir is not None and trace_dir.exists() and not trace_dir.is_dir():
        fail(f"--trace-dir {trace_dir} is a file, not a folder")
    local = load_model(model)
    engine = make_engine(local, kind="ours")
    adapter_loader = partial(merged_adapter_weights, local)
    if adapter is not None:
        try:
            engine.update_weights(adapter_loader(adapter))
        except ValueError as exc:
            fail(str(exc))
        typer.echo(f"merged the adapter of {adapter_dir(adapter)}", err=True)
    tracer = None
    if trace_dir is not None:
        from loopwright.server.tracing import CallTracer

        tracer = CallTracer(trace_dir)
    served = ServedModel(engine, local, local.name, context_len(engine, local), tracer=tracer,
                         adapter_weights=adapter_loader)
    typer.echo(f"serving {local.name} at http://{host}:{port}/v1", err=True)
    run_server(served, host=host, port=port)


def adapter_dir(path: Path) -> Path:
    """A `train --out` folder's adapter, or an adapter folder; ValueError when it is neither."""
    for candidate in (path / "adapter", path):
        if (candidate / "adapter_config.json").is_file():
            return candidate
    raise ValueError(f"{path}: no adapter_config.json here or in {path / 'adapter'} (pass a `train --out` folder)")


def merged_adapter_weights(local: "LocalModel", path: Path) -> "dict[str, torch.Tensor]":
    """The base weights with the LoRA of `path` merged in, named as HF names them."""
    from loopwright.train.policy import LoraSettings
    from loopwright.train.stack import trainable_policy

    return trainable_policy(local, LoraSettings(), adapter_dir(Path(path))).merged_state_dict()


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)

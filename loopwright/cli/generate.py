"""`loopwright generate`: one completion from the local model, through our engine or HF's."""

import sys
from typing import Annotated

import typer

from loopwright.cli.common import DType, EngineKind, fail


def generate(
    prompt: Annotated[str, typer.Argument(help="The prompt (a user message with --chat, raw text without).")],
    chat: Annotated[bool, typer.Option("--chat", help="Wrap the prompt in the model's chat template.")] = False,
    model: Annotated[str, typer.Option("--model", "-m", help="smollm2-135m, an HF dir, a .gguf file or a hub id.")] = "smollm2-135m",
    max_tokens: Annotated[int, typer.Option("--max-tokens", "-n", min=1, help="Most new tokens.")] = 256,
    temperature: Annotated[float, typer.Option("--temperature", "-t", min=0.0, help="0 is greedy.")] = 0.0,
    top_p: Annotated[float, typer.Option("--top-p", max=1.0, help="Nucleus mass in (0, 1] (1 disables).")] = 1.0,
    top_k: Annotated[int, typer.Option("--top-k", min=0, help="Keep the k likeliest tokens (0 disables).")] = 0,
    seed: Annotated[int | None, typer.Option("--seed", help="Seed for reproducible sampling.")] = None,
    stream: Annotated[bool, typer.Option("--stream", help="Print tokens as they are generated.")] = False,
    engine: Annotated[EngineKind, typer.Option("--engine", help="ours (paged KV cache) or hf (transformers generate).")] = EngineKind.ours,
    dtype: Annotated[DType, typer.Option("--dtype", help="Weights and KV-cache dtype.")] = DType.fp32,
) -> None:
    """Generate text with the local model.

    Example: `loopwright generate --chat "What is 2+2?" --max-tokens 32 --stream`
    """
    from loopwright.models import ModelLoadError, load, make_engine
    from loopwright.models.sampling import SamplingParams

    try:
        params = SamplingParams(max_new_tokens=max_tokens, temperature=temperature, top_p=top_p,
                                top_k=top_k, seed=seed)
    except ValueError as exc:
        fail(str(exc))
    with _status(f"loading {model} ({dtype.value})"):
        try:
            local = load(model, dtype=dtype.value)
        except ModelLoadError as exc:
            fail(str(exc))
        runner = make_engine(local, kind=engine.value)
    ids = local.chat_template_ids([{"role": "user", "content": prompt}]) if chat else prompt
    try:
        if stream:
            for delta in runner.stream(ids, params):
                sys.stdout.write(delta.text)
                sys.stdout.flush()
            sys.stdout.write("\n")
        else:
            typer.echo(runner.generate([ids], params)[0].completions[0].text)
    except ValueError as exc:
        fail(str(exc))


def _status(message: str):
    from rich.console import Console

    return Console(stderr=True).status(message)


def register(app: typer.Typer) -> None:
    app.command("generate")(generate)

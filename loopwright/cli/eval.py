"""`loopwright eval`: pass@k of the local model (optionally with a trained adapter) on a suite.

Every run is appended to a results file as it finishes; a stopped eval records its runs in
flight as interrupted, and a rerun with the same settings reads the finished runs back and
does only the others, so the report counts each (task, sample) once.
"""

import functools
import hashlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer

from loopwright.cli.common import OldMaxSteps, fail, turn_budget
from loopwright.cli.mcp_options import McpFlag, builtin_names, mcp_tools
from loopwright.cli.memory import DEFAULT_DB, MemoryDbFlag, MemoryFlag, MemoryMode, memory_for
from loopwright.cli.ray_options import (
    CpusPerWorkerFlag,
    RayFlag,
    WorkersFlag,
    ray_runtime,
    refuse_local_only,
)

USER_ERRORS = ("TaskFormatError", "ModelLoadError", "SandboxError", "FileNotFoundError", "ValueError",
               "WorkersLostError")


def resolve_adapter(path: Path) -> Path:
    """A `train --out` folder or the adapter folder inside it."""
    for candidate in (path / "adapter", path):
        if (candidate / "adapter_config.json").is_file():
            return candidate
    fail(f"{path}: no adapter_config.json here or in {path / 'adapter'} (pass a `train --out` folder)")


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_command(
        ctx: typer.Context,
        suite: str = typer.Option(..., help="Shipped suite (arith, files, code, shell) or a suite folder."),
        split: str = typer.Option("test", help="Split folder to evaluate."),
        model: str = typer.Option("smollm2-135m", help="Embedded name, HF dir, .gguf or hub id."),
        adapter: Annotated[Path | None, typer.Option(help="LoRA adapter from `loopwright train --out`.")] = None,
        samples: int = typer.Option(1, min=1, help="Runs per task (k of pass@k); 1 is greedy."),
        limit: int | None = typer.Option(None, min=1, help="Only the first N tasks of the split."),
        max_turns: int = typer.Option(4, min=1, help="Model turns per run."),
        max_steps: OldMaxSteps = None,
        max_new_tokens: int = typer.Option(256, min=1, help="Tokens per model call."),
        concurrency: int = typer.Option(2, min=1, help="Runs in flight (they share the engine)."),
        pool_size: int | None = typer.Option(
            None, min=0, help="Docker containers kept started ahead of runs (default: --concurrency; 0: cold starts)."),
        engine: str = typer.Option("ours", help="ours (paged KV engine) or hf (transformers)."),
        sandbox: str = typer.Option("docker", help="docker (isolated) or local (no isolation)."),
        trace_dir: Annotated[Path, typer.Option(help="Where runs are traced.")] = Path(".loopwright/traces"),
        json_only: bool = typer.Option(False, "--json", help="Print only the JSON line."),
        out: Annotated[Path | None, typer.Option(
            help="Results file, one line per run as it finishes; a rerun with it does only the runs missing "
                 "(default: .loopwright/eval/SUITE-SPLIT-HASH.jsonl, HASH of the settings).")] = None,
        fresh: bool = typer.Option(False, "--fresh", help="Run everything again: empty the results file first."),
        mcp: McpFlag = None,
        memory: MemoryFlag = MemoryMode.off,
        memory_db: MemoryDbFlag = DEFAULT_DB,
        ray: RayFlag = None,
        workers: WorkersFlag = 1,
        cpus_per_worker: CpusPerWorkerFlag = 1.0,
    ) -> None:
        """Evaluate a suite split: pass@1 (and pass@k), mean reward, turns, tokens, time.

        Example: `loopwright eval --suite arith --split test --samples 4 --adapter runs/grpo`

        Example: `loopwright eval --suite arith --limit 4 --mcp 'python -m mcp_server_time'`

        Example: `loopwright eval --suite arith --split test --memory on` (lessons of earlier runs in the
        prompt; the runs add theirs, judged by the verifier)

        Example: `loopwright eval --suite arith --limit 8 --ray local --workers 2` (two Ray rollout
        workers, each with its own engine and sandboxes; the same results file, table and JSON line)
        """
        import contextlib

        from rich.console import Console
        from rich.progress import Progress

        from loopwright.cli.results import RecordedRuns, ResumableResults
        from loopwright.envs.tasks import load_suite
        from loopwright.train.evaluate import evaluate
        from loopwright.train.stack import apply_adapter, build_stack, driver_images, stack_runtime

        max_turns = turn_budget(ctx, max_turns, max_steps)
        try:
            tasks = load_suite(suite, split, limit).tasks
            adapter_dir = resolve_adapter(adapter) if adapter else None
            settings = eval_settings(suite, split, model, adapter_dir, samples, limit, max_turns,
                                     max_new_tokens, engine, mcp or [],
                                     memory_db if memory == MemoryMode.on else None)
            results = ResumableResults(out or default_results(settings))
            if fresh:
                results.path.unlink(missing_ok=True)
            results.claim(settings)
            results.drop_interrupted()  # they run again now
            read_back = len(results.done())
            refuse_local_only(ray, mcp, memory == MemoryMode.on)
            pool_size = concurrency if pool_size is None else pool_size
            err = Console(stderr=True)
            if read_back:
                err.print(f"{read_back} runs read back from {results.path} (--fresh runs them again)")
            with contextlib.ExitStack() as scope:
                if ray:
                    make_runtime = functools.partial(stack_runtime, model=model, engine_kind=engine, sandbox=sandbox,
                                                     max_turns=max_turns, pool_size=pool_size, adapter_dir=adapter_dir)
                    runtime = scope.enter_context(
                        ray_runtime(ray, workers, cpus_per_worker, concurrency, make_runtime, trace_dir))
                    image_for = driver_images(sandbox)
                else:
                    stack = build_stack(model, engine, sandbox, trace_dir, max_turns, pool_size=pool_size,
                                        warm_for=[t for t in tasks for _ in range(samples)])
                    if adapter_dir:
                        apply_adapter(stack, adapter_dir)
                    stack.runtime.memory = memory_for(memory, memory_db)
                    scope.enter_context(stack.sandboxes)
                    # MCP servers' tools after the built-ins
                    stack.runtime.tools.extend(scope.enter_context(mcp_tools(mcp, True, builtin_names())))
                    runtime, image_for = stack.runtime, stack.image_for
                recorded = RecordedRuns(runtime, results)
                progress = scope.enter_context(Progress(console=err, transient=True))
                bar = progress.add_task(f"eval {suite}/{split}", total=len(tasks) * samples)
                try:
                    report = evaluate(
                        recorded, tasks, suite=suite, split=split, samples=samples,
                        max_turns=max_turns, max_new_tokens=max_new_tokens,
                        concurrency=concurrency * (workers if ray else 1),
                        image_for=image_for, on_result=lambda _r: progress.advance(bar),
                    )
                except BaseException as exc:  # a stop: the runs in flight go on record
                    if (stopped := recorded.record_stop(exc)) is not None:
                        err.print(stopped)
                    raise
        except Exception as exc:  # user errors get one line; anything else is a bug
            if type(exc).__name__ in USER_ERRORS:
                fail(str(exc))
            raise
        line = {k: v for k, v in report.to_json().items() if k != "per_task"} | {"results": str(results.path)}
        if not json_only:
            print_table(line)
        sys.stdout.write(json.dumps(line) + "\n")


def eval_settings(suite: str, split: str, model: str, adapter_dir: Path | None, samples: int,
                  limit: int | None, max_turns: int, max_new_tokens: int, engine: str,
                  mcp: Sequence[str] = (), memory_db: Path | None = None) -> dict:
    """What decides an eval's runs: a results file holds the runs of one such setting
    (`--mcp` servers and `--memory on` count only when given, so older results files keep
    their names)."""
    adapter_id = None
    if adapter_dir is not None:  # the same folder retrained is another adapter
        stamps = sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in adapter_dir.iterdir() if p.is_file())
        adapter_id = [str(adapter_dir.resolve()), hashlib.sha256(json.dumps(stamps).encode()).hexdigest()[:12]]
    return {"suite": suite, "split": split, "model": model, "adapter": adapter_id, "samples": samples,
            "limit": limit, "max_turns": max_turns, "max_new_tokens": max_new_tokens, "engine": engine,
            **({"mcp": list(mcp)} if mcp else {}),
            **({"memory": str(memory_db.resolve())} if memory_db is not None else {})}


def default_results(settings: dict) -> Path:
    """.loopwright/eval/SUITE-SPLIT-HASH.jsonl: one file per setting, so a rerun finds its runs."""
    digest = hashlib.sha256(json.dumps(settings, sort_keys=True).encode()).hexdigest()[:12]
    name = Path(settings["suite"]).name or "suite"
    return Path(".loopwright/eval") / f"{name}-{settings['split']}-{digest}.jsonl"


def print_table(line: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{line['suite']} / {line['split']}")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for key, value in line.items():
        if key not in ("suite", "split"):
            table.add_row(key, f"{value:.3f}" if isinstance(value, float) else str(value))
    Console().print(table)

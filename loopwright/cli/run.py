"""`loopwright run` (one headless agent run) and `loopwright batch` (many, grouped for RL)."""

import functools
import json
import sys
import uuid
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from loopwright.cli.common import (
    EngineKind,
    OldMaxSteps,
    SandboxKind,
    fail,
    load_model,
    turn_budget,
)
from loopwright.cli.mcp_options import McpFlag, McpTrustFlag, builtin_names, mcp_tools
from loopwright.cli.memory import DEFAULT_DB, MemoryDbFlag, MemoryFlag, MemoryMode, memory_for
from loopwright.cli.ray_options import (
    CpusPerWorkerFlag,
    RayFlag,
    WorkersFlag,
    ray_runtime,
    refuse_local_only,
)

if TYPE_CHECKING:
    from loopwright.agent.runner import AgentRuntime

EXIT_FINISHED, EXIT_ERROR, EXIT_TURN_BUDGET = 0, 1, 2


class ApproveMode(StrEnum):
    auto = "auto"
    never = "never"


class FormatName(StrEnum):
    tool_call = "tool_call"
    react = "react"
    code = "code"


def _runtime(model: str, engine: EngineKind, sandbox: SandboxKind, approve: ApproveMode,
             trace_dir: Path, otlp_endpoint: str | None, action_format: FormatName | None,
             max_new_tokens: int, temperature: float, workspace: Path | None = None,
             checkpoint_db: Path | None = None, pool_size: int = 0, keep_workspaces: bool = False,
             extra_tools: list | None = None, memory=None):
    """Loads the model and builds the AgentRuntime (the caller closes `runtime.sandboxes`);
    user errors exit with one line. `pool_size` containers are kept started ahead of runs;
    `keep_workspaces`: a Docker session's /workspace outlives its container (a named volume);
    `extra_tools` (MCP servers' tools) are offered after the built-in ones; `memory`: a
    `loopwright.memory.Memory`, or None for none."""
    from loopwright.agent import AgentConfig, SandboxManager
    from loopwright.agent.runner import AgentRuntime
    from loopwright.agent.tracing import TracingConfig
    from loopwright.models import make_engine
    from loopwright.models.sampling import SamplingParams
    from loopwright.tools import builtin_tools

    try:
        params = SamplingParams(max_new_tokens=max_new_tokens, temperature=temperature)
    except ValueError as exc:
        fail(str(exc))
    local = load_model(model)
    try:
        sandboxes = SandboxManager(sandbox.value, pool_size=pool_size, workspace=workspace,
                                   keep_workspaces=keep_workspaces)
        return AgentRuntime(
            make_engine(local, kind=engine.value), local, sandboxes,
            tools=[*builtin_tools(), *(extra_tools or [])],
            tracing=TracingConfig(trace_dir=trace_dir, otlp_endpoint=otlp_endpoint),
            agent_config=AgentConfig(approval=approve.value),
            action_format=action_format.value if action_format else None,
            sampling=params, checkpoint_path=checkpoint_db, memory=memory,
        )
    except ValueError as exc:
        fail(str(exc))


def worker_runtime(trace_dir: Path, **settings) -> "AgentRuntime":
    """A Ray rollout worker's runtime for `batch --ray` (`loopwright.scale.worker.RuntimeFactory`):
    the one `batch` builds in one process, tracing into the worker's folder."""
    return _runtime(trace_dir=trace_dir, **settings)


def _progress(node: str, update: dict) -> None:
    """One stderr line per model turn and per tool result."""
    for message in update.get("messages", []):
        kind = type(message).__name__
        if kind == "AIMessage":
            calls = ", ".join(c["name"] for c in message.tool_calls) or "answer"
            typer.echo(f"[turn {update.get('turns', '?')}] {calls}: {_short(message.content)}", err=True)
        elif kind == "ToolMessage":
            status = "error" if message.status == "error" else "ok"
            typer.echo(f"  -> {message.name} {status}: {_short(message.content)}", err=True)


def _short(text: object, width: int = 160) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= width else flat[: width - 3] + "..."


def run(
    ctx: typer.Context,
    task: Annotated[str, typer.Argument(help="What the agent should do.")],
    model: Annotated[str, typer.Option("--model", "-m", help="smollm2-135m, an HF dir, a .gguf file or a hub id.")] = "smollm2-135m",
    max_turns: Annotated[int, typer.Option("--max-turns", min=1, help="Model turns before the run stops (exit code 2).")] = 10,
    max_steps: OldMaxSteps = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object instead of the answer.")] = False,
    trace_dir: Annotated[Path, typer.Option("--trace-dir", help="Where the JSONL traces go.")] = Path(".loopwright/traces"),
    workspace: Annotated[Path | None, typer.Option("--workspace", help="Host folder the agent works on (copied in and back for docker).")] = None,
    approve: Annotated[ApproveMode, typer.Option("--approve", help="auto: run risky tools; never: deny them (MCP tools too, unless --mcp-trust).")] = ApproveMode.auto,
    sandbox: Annotated[SandboxKind, typer.Option("--sandbox", help="docker (isolated) or local (no isolation).")] = SandboxKind.docker,
    otlp_endpoint: Annotated[str | None, typer.Option("--otlp-endpoint", help="Also send spans to this OTLP/HTTP collector.")] = None,
    action_format: Annotated[FormatName | None, typer.Option("--format", help="Action format (default: measured per model).")] = None,
    engine: Annotated[EngineKind, typer.Option("--engine", help="ours (paged KV cache) or hf.")] = EngineKind.ours,
    max_new_tokens: Annotated[int, typer.Option("--max-new-tokens", min=1, help="Most tokens per model turn.")] = 256,
    temperature: Annotated[float, typer.Option("--temperature", min=0.0, help="0 is greedy.")] = 0.0,
    session: Annotated[str | None, typer.Option("--session", help="Session id; rerun with it to resume a killed run, /workspace files included (docker: kept in a volume until `loopwright sandbox prune`).")] = None,
    checkpoint_db: Annotated[Path, typer.Option("--checkpoint-db", help="SQLite file of the sessions.")] = Path(".loopwright/sessions.sqlite"),
    mcp: McpFlag = None,
    mcp_trust: McpTrustFlag = False,
    memory: MemoryFlag = MemoryMode.off,
    memory_db: MemoryDbFlag = DEFAULT_DB,
) -> None:
    """Run one agent on TASK in a sandbox: progress on stderr, the answer on stdout.

    Exit codes: 0 finished, 2 turn budget spent, 1 error.

    With --session (docker), /workspace is kept in a named volume for as long as the session
    can be resumed, so a killed run resumes with its files; with --workspace the files go back
    to that folder when the run ends and the volume is removed. `loopwright sandbox ls` shows
    the volumes, `loopwright sandbox prune --older-than 7d` removes old ones.

    Example: `loopwright run "Create a file hello.txt containing hi, then finish" --json`

    Example: `loopwright run "What time is it in Tokyo?" --mcp 'python -m mcp_server_time'`

    Example: `loopwright run "Write the sum of 3 and 4 to answer.txt" --memory on`
    """
    max_turns = turn_budget(ctx, max_turns, max_steps)
    if workspace is not None and not workspace.is_dir():
        fail(f"--workspace {workspace} is not a directory")
    with mcp_tools(mcp, mcp_trust, builtin_names()) as extra_tools:
        runtime = _runtime(model, engine, sandbox, approve, trace_dir, otlp_endpoint, action_format,
                           max_new_tokens, temperature, workspace, checkpoint_db,
                           keep_workspaces=session is not None, extra_tools=extra_tools,
                           memory=memory_for(memory, memory_db))
        from loopwright.agent.runner import RunSpec

        session_id = session or uuid.uuid4().hex
        typer.echo(f"session {session_id} ({runtime.action_format} format, {sandbox.value} sandbox)", err=True)
        with runtime.sandboxes:
            result = runtime.run(RunSpec(task=task, max_turns=max_turns, session_id=session_id), on_event=_progress)
    if as_json:
        typer.echo(json.dumps(asdict(result)))
    elif result.error:
        typer.echo(f"error: {result.error}", err=True)
    else:
        typer.echo(result.answer or "")
    typer.echo(f"{result.finish_reason} after {result.turns} turns, {result.duration_s:.1f}s, trace {result.trace_id}", err=True)
    if result.finish_reason == "error":
        raise typer.Exit(EXIT_ERROR)
    if result.finish_reason == "max_turns":
        raise typer.Exit(EXIT_TURN_BUDGET)


def batch(
    ctx: typer.Context,
    tasks_file: Annotated[Path | None, typer.Argument(help='JSONL, one {"task": ..., "task_id": ...} per line.')] = None,
    suite: Annotated[str | None, typer.Option("--suite", help="Instead of TASKS_FILE: the tasks of a suite, verified (rewards in the traces).")] = None,
    split: Annotated[str, typer.Option("--split", help="Split of --suite: train, test or test-transfer.")] = "train",
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Only the first N tasks of --suite's split.")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Results, appended as runs finish.")] = Path("results.jsonl"),
    concurrency: Annotated[int, typer.Option("--concurrency", "-c", min=1, help="Runs at once (their decode steps batch).")] = 2,
    samples: Annotated[int, typer.Option("--samples", "-g", min=1, help="Runs per task (one group for RL).")] = 1,
    model: Annotated[str, typer.Option("--model", "-m", help="smollm2-135m, an HF dir, a .gguf file or a hub id.")] = "smollm2-135m",
    max_turns: Annotated[int, typer.Option("--max-turns", min=1, help="Model turns per run of a task without its own max_turns.")] = 10,
    max_steps: OldMaxSteps = None,
    trace_dir: Annotated[Path, typer.Option("--trace-dir", help="Where the JSONL traces go.")] = Path(".loopwright/traces"),
    approve: Annotated[ApproveMode, typer.Option("--approve", help="auto: run risky tools; never: deny them (MCP tools too, unless --mcp-trust).")] = ApproveMode.auto,
    sandbox: Annotated[SandboxKind, typer.Option("--sandbox", help="docker (isolated) or local.")] = SandboxKind.docker,
    otlp_endpoint: Annotated[str | None, typer.Option("--otlp-endpoint", help="Also send spans to this OTLP/HTTP collector.")] = None,
    action_format: Annotated[FormatName | None, typer.Option("--format", help="Action format (default: measured per model).")] = None,
    engine: Annotated[EngineKind, typer.Option("--engine", help="ours (paged KV cache) or hf.")] = EngineKind.ours,
    max_new_tokens: Annotated[int, typer.Option("--max-new-tokens", min=1, help="Most tokens per model turn.")] = 256,
    temperature: Annotated[float, typer.Option("--temperature", min=0.0, help="Sampling temperature (groups need variety).")] = 0.7,
    mcp: McpFlag = None,
    mcp_trust: McpTrustFlag = False,
    memory: MemoryFlag = MemoryMode.off,
    memory_db: MemoryDbFlag = DEFAULT_DB,
    ray: RayFlag = None,
    workers: WorkersFlag = 1,
    cpus_per_worker: CpusPerWorkerFlag = 1.0,
) -> None:
    """Run every task of TASKS_FILE (or of a suite's split) SAMPLES times, each run in its own
    sandbox. Suite tasks get their files set up and their verifier run, so the traces carry
    rewards for `loopwright train --traces`.

    Finished runs are appended to --out at once; a stop (SIGTERM, Ctrl-C) records the runs in
    flight as interrupted; rerunning does only the runs not finished.

    Example: `loopwright batch tasks.jsonl --concurrency 4 --samples 8 --out results.jsonl`

    Example: `loopwright batch --suite arith --split train --samples 4 --trace-dir runs/arith-traces`

    Example: `loopwright batch tasks.jsonl --mcp 'python -m mcp_server_time'`

    Example: `loopwright batch --suite arith --split train --memory on` (fills the memory with verified lessons)

    Example: `loopwright batch --suite arith --split train --samples 4 --ray local --workers 2` (Ray rollout
    workers; --concurrency runs in flight on each)
    """
    import contextlib

    from loopwright.agent.batch import TasksFileError, read_tasks, sample_specs
    from loopwright.cli.results import RecordedRuns, ResumableResults

    max_turns = turn_budget(ctx, max_turns, max_steps)
    if (tasks_file is None) == (suite is None):
        fail("give exactly one of TASKS_FILE or --suite")
    results = ResumableResults(out)
    if tasks_file is not None:
        try:
            tasks = read_tasks(tasks_file)
        except TasksFileError as exc:
            fail(str(exc))
        todo = list(sample_specs(tasks, samples, max_turns, results.done()))
    else:
        todo = _suite_specs(suite, split, limit, samples, max_turns, max_new_tokens, temperature,
                            results.done(), docker=sandbox == SandboxKind.docker)
    if not todo:
        typer.echo(f"nothing to do: every run is already in {out}", err=True)
        return
    refuse_local_only(ray, mcp, memory == MemoryMode.on)
    with contextlib.ExitStack() as scope:
        settings = dict(model=model, engine=engine, sandbox=sandbox, approve=approve, otlp_endpoint=otlp_endpoint,
                        action_format=action_format, max_new_tokens=max_new_tokens, temperature=temperature,
                        pool_size=concurrency)
        if ray:
            runtime = scope.enter_context(ray_runtime(ray, workers, cpus_per_worker, concurrency,
                                                      functools.partial(worker_runtime, **settings), trace_dir))
        else:
            extra_tools = scope.enter_context(mcp_tools(mcp, mcp_trust, builtin_names()))
            runtime = _runtime(trace_dir=trace_dir, extra_tools=extra_tools, memory=memory_for(memory, memory_db),
                               **settings)
            scope.enter_context(runtime.sandboxes)
        from tqdm import tqdm

        results.drop_interrupted()  # they run again now
        recorded = RecordedRuns(runtime, results)
        failed = 0
        with tqdm(total=len(todo), desc="runs", unit="run", file=sys.stderr) as bar:
            try:
                for result in recorded.run(todo, concurrency * (workers if ray else 1)):
                    failed += result.finish_reason == "error"
                    bar.set_postfix(errors=failed)
                    bar.update()
            except BaseException as exc:  # a stop: the runs in flight go on record before their sandboxes close
                if (line := recorded.record_stop(exc)) is not None:
                    typer.echo(line, err=True)
                raise
    typer.echo(f"{len(todo)} runs appended to {out} ({failed} errors)", err=True)
    if failed == len(todo):
        raise typer.Exit(EXIT_ERROR)


def _suite_specs(suite: str, split: str, limit: int | None, samples: int, max_turns: int,
                 max_new_tokens: int, temperature: float, done: set[tuple[str, int]], docker: bool) -> list:
    """(sample, RunSpec) of every verified run of a suite's split not yet in `done`; each
    sample's seed derives from (task, sample), so a rerun draws what the first run drew.
    A task with its own image or Dockerfile runs in that image (None: the default)."""
    from loopwright.envs.sandbox import SandboxError, ensure_image
    from loopwright.envs.tasks import TaskFormatError, load_suite
    from loopwright.envs.tasks.image import task_image
    from loopwright.models.sampling import SamplingParams
    from loopwright.train.rollouts import run_spec
    from loopwright.train.seeds import derived_seed

    try:
        tasks = load_suite(suite, split, limit).tasks
    except TaskFormatError as exc:
        fail(str(exc))
    own_image = [t for t in tasks if t.dockerfile is not None or t.config.environment.image]
    try:
        images = {t.task_id: task_image(t, ensure_image(quiet=True)) for t in own_image} if docker else {}
    except SandboxError as exc:
        fail(str(exc))
    todo = []
    for task in tasks:
        for index in range(samples):
            if (task.task_id, index) in done:
                continue
            sampling = SamplingParams(max_new_tokens=max_new_tokens, temperature=temperature,
                                      seed=derived_seed("batch", task.task_id, index))
            todo.append((index, run_spec(task, group_id=task.task_id, max_turns=max_turns,
                                         sampling=sampling, image=images.get(task.task_id))))
    return todo


def register(app: typer.Typer) -> None:
    app.command()(run)
    app.command()(batch)

"""Rollouts end to end: where each second of an agent run goes, and runs per minute.

Decode speed is not what a training step waits for: a step waits for whole runs (sandbox
from the pool, prompt prefill with prefix reuse, turns, tool calls in the container, the
verifier). This bench runs real agent runs of a suite's tasks through the same runtime the
learn bench and `loopwright eval` use, at each concurrency asked for, and splits every run's
wall time into phases read from its trace and from the sandbox owner's events:

- `sandbox_start`: the run's container handed out (pooled or cold) and its workspace set up;
- `queue`, `prefill`, `decode`: the engine's own timings of each model call;
- `tool`: tool calls in the container (their spans, less any sandbox start inside them);
- `verify`: the task's tests in the run's container;
- `sandbox_close`: mirroring the workspace out and removing the container;
- `python`: the rest (graph, prompt building, parsing, tracing).

One JSON line per concurrency: runs per minute, generated tokens/s, pass rate, the mean
seconds per run of each phase and its share of the run.

    python -m loopwright.bench.rollouts --suite arith --runs 32 --concurrency 1 8 32
"""

import argparse
import sys
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

PHASES = ("sandbox_start", "queue", "prefill", "decode", "tool", "verify", "sandbox_close", "python")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], epilog=__doc__.rsplit("\n\n", 1)[1],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--suite", default="arith", help="Task suite whose tasks are run.")
    p.add_argument("--split", default="train")
    p.add_argument("--runs", type=int, default=32, help="Runs per concurrency (tasks cycle when fewer).")
    p.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32])
    p.add_argument("--max-turns", type=int, default=2, help="Model turns per run (the learn bench's).")
    p.add_argument("--max-new-tokens", type=int, default=128)
    p.add_argument("--temperature", type=float, default=0.9, help="Sampling temperature (RL rollouts').")
    p.add_argument("--adapter", type=Path, help="A trained LoRA adapter to run instead of the base model.")
    p.add_argument("--out", type=Path, default=Path("runs/rollouts"), help="Trace folder parent.")
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args(argv)
    if args.runs < 1 or min(args.concurrency) < 1:
        p.error("--runs and every --concurrency must be >= 1")
    return args


class SandboxClock:
    """The sandbox owner's `on_state` callback: when each session's container was asked for
    and when it was ready, in the trace's clock (unix nanoseconds)."""

    def __init__(self) -> None:
        self.started: dict[str, int] = {}
        self.ready: dict[str, int] = {}
        self._lock = threading.Lock()

    def __call__(self, session_id: str, event: str) -> None:
        now = time.time_ns()
        with self._lock:
            if event == "starting":
                self.started[session_id] = now
            elif event == "ready":
                self.ready[session_id] = now

    def interval(self, session_id: str) -> tuple[int, int] | None:
        start, ready = self.started.get(session_id), self.ready.get(session_id)
        return (start, ready) if start is not None and ready is not None else None


class TimedVerifier:
    """Wraps a run's verifier to know when its tests ran (the rest of the root span after
    it is the sandbox's close)."""

    def __init__(self, verify) -> None:
        self.verify = verify
        self.interval: tuple[int, int] | None = None

    def __call__(self, sandbox) -> float:
        start = time.time_ns()
        try:
            return self.verify(sandbox)
        finally:
            self.interval = (start, time.time_ns())


@dataclass
class RunSeconds:
    """One run's wall time split into PHASES (seconds)."""

    phases: dict[str, float] = field(default_factory=lambda: dict.fromkeys(PHASES, 0.0))
    wall: float = 0.0


def overlap_ns(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def span_interval(span: dict) -> tuple[int, int]:
    return span["start_time_unix_nano"], span["end_time_unix_nano"]


def split_run(trace, sandbox: tuple[int, int] | None, verify: tuple[int, int] | None) -> RunSeconds:
    """The phases of one run from its trace records (see the module docstring)."""
    from loopwright.agent.tracing import attributes as A

    root = trace.root
    seconds = RunSeconds(wall=(root["end_time_unix_nano"] - root["start_time_unix_nano"]) / 1e9)
    p = seconds.phases
    if sandbox is not None:
        p["sandbox_start"] = (sandbox[1] - sandbox[0]) / 1e9
    for chat in trace.by_operation(A.OP_CHAT):
        for name in ("queue", "prefill", "decode"):
            p[name] += float(chat["attributes"].get(f"{A.TIMING_PREFIX}{name}_s", 0.0))
    for tool in trace.by_operation(A.OP_EXECUTE_TOOL):
        inside = overlap_ns(span_interval(tool), sandbox) if sandbox is not None else 0
        p["tool"] += (tool["end_time_unix_nano"] - tool["start_time_unix_nano"] - inside) / 1e9
    if verify is not None:
        p["verify"] = (verify[1] - verify[0]) / 1e9
        p["sandbox_close"] = max(0.0, (root["end_time_unix_nano"] - verify[1]) / 1e9)
    p["python"] = max(0.0, seconds.wall - sum(v for k, v in p.items() if k != "python"))
    return seconds


def measure(stack, tasks, concurrency: int, args: argparse.Namespace, clock: SandboxClock) -> dict:
    """`args.runs` runs at one concurrency; their phases from the traces written."""
    from loopwright.agent.tracing.reader import read_traces
    from loopwright.models.sampling import SamplingParams
    from loopwright.train.evaluate import PASS_THRESHOLD
    from loopwright.train.rollouts import TaskVerifier, run_spec
    from loopwright.train.seeds import derived_seed

    specs, by_group = [], {}
    for i in range(args.runs):
        task = tasks[i % len(tasks)]
        verifier = TimedVerifier(TaskVerifier(task))
        sampling = SamplingParams(max_new_tokens=args.max_new_tokens, temperature=args.temperature,
                                  seed=derived_seed(args.seed, "rollouts", task.task_id, i))
        specs.append(run_spec(task, group_id=f"rollouts-c{concurrency}-{i}", sampling=sampling,
                              max_turns=args.max_turns, image=stack.image_for(task), verifier=verifier))
        by_group[specs[-1].group_id] = verifier
    started = time.perf_counter()
    results = list(stack.runtime.run_many(specs, concurrency))
    wall = time.perf_counter() - started
    traces = read_traces(stack.trace_dir, {r.trace_id for r in results if r.trace_id})
    totals: dict[str, float] = defaultdict(float)
    run_wall = 0.0
    handed_out = 0
    for result in results:
        trace = traces.get(result.trace_id)
        if trace is None or trace.root is None:
            raise RuntimeError(f"run {result.run_id} left no complete trace in {stack.trace_dir}")
        sandbox = clock.interval(result.run_id)
        handed_out += sandbox is not None
        split = split_run(trace, sandbox, by_group[result.group_id].interval)
        run_wall += split.wall
        for name, value in split.phases.items():
            totals[name] += value
    runs = len(results)
    errors = [r.error for r in results if r.error]
    return {
        "concurrency": concurrency, "runs": runs, "wall_s": round(wall, 2),
        "runs_per_min": round(60 * runs / wall, 1),
        "generated_tok_s": round(sum(r.completion_tokens for r in results) / wall, 1),
        "pass_rate": round(sum((r.reward or 0.0) >= PASS_THRESHOLD for r in results) / runs, 3),
        "errors": len(errors), "first_error": errors[0] if errors else None,
        "sandboxes_timed": handed_out,
        "run_s_mean": round(run_wall / runs, 3),
        "phase_s_mean": {k: round(totals[k] / runs, 3) for k in PHASES},
        "phase_share": {k: round(totals[k] / run_wall, 3) if run_wall else 0.0 for k in PHASES},
    }


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    from loopwright.bench.learn import cpu_model, emit
    from loopwright.envs.tasks import load_suite
    from loopwright.train.stack import apply_adapter, build_stack

    tasks = load_suite(args.suite, args.split).tasks
    clock = SandboxClock()
    stack = build_stack("smollm2-135m", "ours", "docker", args.out / "traces", args.max_turns,
                        pool_size=max(args.concurrency), on_sandbox_state=clock,
                        warm_for=[tasks[i % len(tasks)] for i in range(args.runs)])
    try:
        if args.adapter is not None:
            apply_adapter(stack, args.adapter)
        for concurrency in args.concurrency:
            print(f"concurrency {concurrency}: {args.runs} runs of {args.suite}/{args.split}",
                  file=sys.stderr, flush=True)
            emit({"bench": "rollouts", "model": "smollm2-135m", "adapter": str(args.adapter or ""),
                  "suite": args.suite, "split": args.split, "cpu": cpu_model(),
                  "max_turns": args.max_turns, "max_new_tokens": args.max_new_tokens,
                  **measure(stack, tasks, concurrency, args, clock)})
    finally:
        stack.sandboxes.close()


if __name__ == "__main__":
    main()

"""Does memory across runs help the embedded model? pass@1 on a held-out split with memory
off and on, from one command, as one JSON line.

    .venv/bin/python -m loopwright.bench.memory --suite arith --limit 12 --samples 2

Lines, all on the same engine, tasks and sampling seeds (so they differ only in the prompt):
`off` (no memory: the graph has no memory nodes); `on_own` (memory filled by the model's
own verified runs on train tasks, the ReasoningBank setting: lessons of what worked and
what failed, judged by the verifier); `on_demos` (memory filled by forced oracle runs of
the same train tasks: every lesson a verified success, to tell "no good lessons to recall"
from "lessons do not help this model"). Held-out evals only read the memory (no test run
writes), so no test run learns from another test run. Every pass@1 has its runs and a 95%
Wilson interval; `added_prompt_tokens` is the mean length of the memory block a test run's
prompt gained (prefilled on each of its turns).
"""

import argparse
import time
from pathlib import Path


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0], epilog=__doc__.split("\n\n")[1],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--suite", default="arith", help="Shipped suite or suite folder.")
    p.add_argument("--split", default="test", help="Held-out split to evaluate.")
    p.add_argument("--limit", type=int, default=12, help="Held-out tasks (the first N of the split).")
    p.add_argument("--samples", type=int, default=2, help="Runs per held-out task (>= 2: sampled at T=0.7).")
    p.add_argument("--fill-per-family", type=int, default=1, help="Train tasks per family that fill the memory.")
    p.add_argument("--fill-limit", type=int, default=None, help="At most N fill tasks (default: every family's).")
    p.add_argument("--fill-samples", type=int, default=2, help="Own runs per train task that fill the memory.")
    p.add_argument("--no-demos", action="store_true", help="Skip the on_demos line.")
    p.add_argument("--top-k", type=int, default=3, help="Memory items per prompt.")
    p.add_argument("--max-turns", type=int, default=2)
    p.add_argument("--max-new-tokens", type=int, default=128)
    p.add_argument("--concurrency", type=int, default=4)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--out", type=Path, default=Path("runs/memory"), help="Traces and the memory files.")
    args = p.parse_args(argv)
    if min(args.limit, args.samples, args.fill_per_family, args.fill_samples, args.top_k) < 1:
        p.error("--limit, --samples, --fill-per-family, --fill-samples and --top-k must be >= 1")
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    started = time.monotonic()
    from loopwright.bench.learn import cpu_model, emit, log
    from loopwright.bench.learn_stages import Figure, per_family
    from loopwright.envs.tasks import load_suite
    from loopwright.memory import Memory, MemoryStore
    from loopwright.train.evaluate import evaluate
    from loopwright.train.stack import build_stack

    held_out = load_suite(args.suite, args.split, args.limit).tasks
    fill = per_family(load_suite(args.suite, "train").tasks, args.fill_per_family)[: args.fill_limit]
    stack = build_stack("smollm2-135m", "ours", "docker", args.out / "traces", args.max_turns,
                        pool_size=args.concurrency)
    runtime = stack.runtime

    def run_eval(tasks: list, split: str, samples: int, label: str) -> Figure:
        report = evaluate(runtime, tasks, suite=args.suite, split=split, samples=samples, max_turns=args.max_turns,
                          max_new_tokens=args.max_new_tokens, concurrency=args.concurrency, seed=args.seed,
                          image_for=stack.image_for)
        figure = Figure.of(report)
        log(f"{label}: pass@1 {figure.pass_at_1:.3f} {list(figure.interval)} ({report.runs} runs, "
            f"{report.duration_s:.0f} s)")
        return figure

    def line(figure: Figure, store: MemoryStore | None = None, **extra: object) -> dict:
        out = {k: v for k, v in figure.to_json().items() if k != "per_family"}
        if store is not None:
            out |= {"memory_items": store.count(),
                    "added_prompt_tokens": added_tokens(store, held_out, args.top_k, stack.local.tokenizer)}
        return out | extra

    try:
        lines = {"off": line(run_eval(held_out, args.split, args.samples, "off"))}
        own = fresh_store(args.out / "memory-own.sqlite")
        runtime.memory = Memory(own, top_k=args.top_k, read=False, write=True)
        filled = run_eval(fill, "train", args.fill_samples, "fill from own train runs")
        runtime.memory = Memory(own, top_k=args.top_k, read=True, write=False)
        lines["on_own"] = line(run_eval(held_out, args.split, args.samples, "on_own"), own,
                               fill_pass_at_1=filled.pass_at_1, fill_runs=filled.runs)
        if not args.no_demos:
            demos = fresh_store(args.out / "memory-demos.sqlite")
            passed = fill_from_demonstrations(stack, fill, Memory(demos, read=False, write=True), args)
            log(f"fill from demonstrations: {passed}/{len(fill)} passed the verifier")
            runtime.memory = Memory(demos, top_k=args.top_k, read=True, write=False)
            lines["on_demos"] = line(run_eval(held_out, args.split, args.samples, "on_demos"), demos,
                                     fill_passed=passed, fill_runs=len(fill))
    finally:
        runtime.memory = None
        stack.sandboxes.close()
    off = lines["off"]["pass_at_1"]
    emit({"bench": "memory", "model": "smollm2-135m", "cpu": cpu_model(), "suite": args.suite,
          "split": args.split, "n_tasks": len(held_out), "samples": args.samples, "top_k": args.top_k,
          "max_turns": args.max_turns, "lines": lines,
          "delta_points": {k: round(100 * (v["pass_at_1"] - off), 1) for k, v in lines.items() if k != "off"},
          "minutes": round((time.monotonic() - started) / 60, 2)})


def fresh_store(path: Path):
    """An empty store at `path` (a rerun of the bench starts from no memory)."""
    from loopwright.memory import MemoryStore

    store = MemoryStore(path)
    store.clear()
    return store


def fill_from_demonstrations(stack, tasks: list, memory, args: argparse.Namespace) -> int:
    """Forced oracle runs of `tasks` (real, verified, traced) written into `memory`; returns
    how many passed. The runtime is unconstrained because forcing replaces the decoder."""
    from loopwright.agent import AgentConfig, AgentRuntime
    from loopwright.tools import builtin_tools
    from loopwright.train.demos import demo_spec

    forced = AgentRuntime(stack.engine, stack.local, stack.sandboxes, tools=builtin_tools(),
                          tracing=stack.runtime.tracing, agent_config=AgentConfig(max_turns=args.max_turns),
                          constrained=False, memory=memory)
    eos = stack.local.tokenizer.eos_token_id
    specs = [demo_spec(t, stack.local.tokenizer, eos, forced.action_format, args.max_turns, stack.image_for(t))
             for t in tasks]
    return sum((r.reward or 0.0) >= 1.0 for r in forced.run_many(specs, concurrency=args.concurrency))


def added_tokens(store, tasks: list, top_k: int, tokenizer) -> float:
    """Mean tokens the memory block adds to a held-out prompt: the recall node's own search
    and block (the store is read-only during the eval, so this is what each run was shown),
    plus the blank line that joins it to the format's system prompt."""
    from loopwright.memory import memory_block

    counts = []
    for task in tasks:
        block = memory_block(store.search(task.instruction, top_k))
        counts.append(len(tokenizer.encode("\n\n" + block, add_special_tokens=False)) if block else 0)
    return round(sum(counts) / max(len(counts), 1), 1)


if __name__ == "__main__":
    main()

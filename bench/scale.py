"""Scale-out overhead: agent runs on Ray rollout workers against the local single-process
path, and what a weight publish costs (LoRA factors against merged layers).

The same runs (tasks, seeds, sampling) go through `AgentRuntime.run_many` in this process
and through `RayRuntime.run_many` with 1 and 2 workers on a local Ray cluster, the same
runs in flight in total (one worker: all of them; two: half each). Workers are started and
warmed before the clock starts (their start is reported on its own). On a 2-core machine
the point is overhead, not speedup: one Ray worker should be within 15% of local.

Then the trainer's side: a LoRA policy published to the workers `--publishes` times as
factors and as merged layers, bytes and seconds each.

One JSON line; medians over `--repeats` with the range:

    python -m loopwright.bench.scale --runs 16 --concurrency 4 --repeats 2
"""

import argparse
import functools
import gc
import os
import statistics
import sys
import time
from pathlib import Path


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="Example: python -m loopwright.bench.scale --runs 16 --concurrency 4 --repeats 2",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--suite", default="arith")
    p.add_argument("--split", default="train")
    p.add_argument("--runs", type=int, default=16, help="Runs per measurement.")
    p.add_argument("--concurrency", type=int, default=4, help="Runs in flight in total.")
    p.add_argument("--repeats", type=int, default=2, help="Measurements of each path (median and range).")
    p.add_argument("--max-turns", type=int, default=2)
    p.add_argument("--max-new-tokens", type=int, default=96)
    p.add_argument("--publishes", type=int, default=3, help="Weight publishes timed per mode.")
    p.add_argument("--lora-r", type=int, default=8, help="Rank of the published adapters.")
    p.add_argument("--sandbox", default="docker", choices=["docker", "local"])
    p.add_argument("--out", type=Path, default=Path("runs/scale"), help="Trace folder parent.")
    return p.parse_args(argv)


def run_specs(tasks, args: argparse.Namespace, image_for, repeat: int) -> list:
    """The measured runs: RL-like sampled runs, seeded so every path runs the same ones."""
    from loopwright.models.sampling import SamplingParams
    from loopwright.train.rollouts import TaskVerifier, run_spec
    from loopwright.train.seeds import derived_seed

    specs = []
    for i in range(args.runs):
        task = tasks[i % len(tasks)]
        sampling = SamplingParams(max_new_tokens=args.max_new_tokens, temperature=0.9,
                                  seed=derived_seed("scale", repeat, task.task_id, i))
        specs.append(run_spec(task, group_id=f"scale-{repeat}-{i}", sampling=sampling, max_turns=args.max_turns,
                              image=image_for(task), verifier=TaskVerifier(task)))
    return specs


def timed(runtime, specs: list, concurrency: int) -> tuple[float, float, list]:
    """(runs per minute, generated tokens per second, results) of one batch of runs."""
    started = time.perf_counter()
    results = list(runtime.run_many(specs, concurrency))
    wall = time.perf_counter() - started
    errors = [r.error for r in results if r.error]
    if errors:
        raise RuntimeError(f"{len(errors)} runs failed, first: {errors[0]}")
    return 60 * len(results) / wall, sum(r.completion_tokens for r in results) / wall, results


def summary(samples: list[tuple[float, float]]) -> dict:
    rates, tokens = [s[0] for s in samples], [s[1] for s in samples]
    return {"runs_per_min": round(statistics.median(rates), 1), "runs_per_min_range": [round(min(rates), 1),
            round(max(rates), 1)], "tok_s": round(statistics.median(tokens), 1)}


def measure(runtime, tasks, args: argparse.Namespace, image_for, concurrency: int) -> tuple[dict, list]:
    """The summary over `args.repeats` batches, and the last batch's results."""
    list(runtime.run_many(run_specs(tasks, args, image_for, -1)[: max(2, concurrency)], concurrency))  # warm-up
    samples = [timed(runtime, run_specs(tasks, args, image_for, r), concurrency) for r in range(args.repeats)]
    return summary(samples), samples[-1][2]


def local_path(tasks, args: argparse.Namespace) -> dict:
    """The single-process path, and one SFT step on its last batch of runs (the trainer's
    seconds per run, for the scale-out model in docs/scale-out.md)."""
    from loopwright.train.rollouts import read_runs
    from loopwright.train.stack import build_stack

    trace_dir = args.out / "local-traces"
    stack = build_stack("smollm2-135m", "ours", args.sandbox, trace_dir, args.max_turns, pool_size=args.concurrency)
    with stack.sandboxes:
        line, results = measure(stack.runtime, tasks, args, stack.image_for, args.concurrency)
    return line | {"train_step": train_step(stack.local, read_runs(trace_dir, results), args)}


def train_step(local, runs: list, args: argparse.Namespace) -> dict:
    from loopwright.train.config import TrainConfig
    from loopwright.train.policy import LoraSettings
    from loopwright.train.stack import trainable_policy
    from loopwright.train.trainer import Trainer

    config = TrainConfig(algo="sft", sft_threshold=0.0, lora=LoraSettings(r=args.lora_r, alpha=2 * args.lora_r))
    trainer = Trainer(trainable_policy(local, config.lora), config, pad_id=local.tokenizer.pad_token_id or 0)
    stats = trainer.step(0, runs)
    return {"algo": "sft", "runs": len(runs), "rows": stats.rows, "seconds": round(stats.duration_s, 2),
            "seconds_per_run": round(stats.duration_s / max(len(runs), 1), 3)}


def ray_path(tasks, args: argparse.Namespace, workers: int, publish: bool) -> dict:
    """`workers` Ray workers splitting the CPUs and the runs in flight; with `publish`, the
    weight publishes timed on them too."""
    from loopwright.scale.driver import RayRuntime, WorkerPool
    from loopwright.train.stack import driver_images, stack_runtime

    cpus = os.cpu_count() or 1
    pool = WorkerPool(workers=workers, cpus_per_worker=cpus / workers, slots=max(1, args.concurrency // workers))
    make_runtime = functools.partial(stack_runtime, model="smollm2-135m", engine_kind="ours", sandbox=args.sandbox,
                                     max_turns=args.max_turns, pool_size=pool.slots)
    started = time.perf_counter()
    with RayRuntime(make_runtime, pool, args.out / f"ray{workers}-traces") as runtime:
        line = {"workers": workers, "slots_per_worker": pool.slots,
                "worker_start_s": round(time.perf_counter() - started, 1),
                **measure(runtime, tasks, args, driver_images(args.sandbox), args.concurrency)[0]}
        if publish:
            line["publish"] = publishes(runtime, args)
    return line


def publishes(runtime, args: argparse.Namespace) -> dict:
    """Bytes and seconds of publishing a trained-looking LoRA policy, factors against merged."""
    import torch

    from loopwright.models import load
    from loopwright.scale.publish_mode import PublishMode
    from loopwright.train.policy import LoraSettings
    from loopwright.train.stack import trainable_policy

    policy = trainable_policy(load("smollm2-135m"), LoraSettings(r=args.lora_r, alpha=2 * args.lora_r))
    with torch.no_grad():
        for p in policy.trainable_parameters():
            p.add_(1e-3 * torch.randn_like(p))
    out = {}
    for mode in PublishMode:
        runtime.pool.publish = mode
        runtime.publishes.clear()
        for _ in range(args.publishes):
            runtime.publish(policy)
        seconds = [p.seconds for p in runtime.publishes]
        out[mode.value] = {"mb": round(runtime.publishes[0].nbytes / 1e6, 2),
                           "seconds": round(statistics.median(seconds), 3),
                           "seconds_range": [round(min(seconds), 3), round(max(seconds), 3)]}
    out["lora_r"] = args.lora_r
    return out


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    import ray

    from loopwright.bench.learn import cpu_model, emit
    from loopwright.envs.tasks import load_suite

    tasks = load_suite(args.suite, args.split).tasks
    print(f"local: {args.runs} runs x {args.repeats}, {args.concurrency} in flight", file=sys.stderr, flush=True)
    local = local_path(tasks, args)
    gc.collect()
    ray.init(num_cpus=os.cpu_count(), include_dashboard=False, log_to_driver=False, configure_logging=False)
    try:
        lines = {}
        for workers in (1, 2):
            print(f"ray: {workers} worker(s)", file=sys.stderr, flush=True)
            lines[workers] = ray_path(tasks, args, workers, publish=workers == 2)
    finally:
        ray.shutdown()
    ratio = lines[1]["runs_per_min"] / local["runs_per_min"]
    emit({"bench": "scale", "model": "smollm2-135m", "suite": args.suite, "cpu": cpu_model(),
          "cpus": os.cpu_count(), "runs": args.runs, "repeats": args.repeats, "concurrency": args.concurrency,
          "max_turns": args.max_turns, "max_new_tokens": args.max_new_tokens, "sandbox": args.sandbox,
          "local": local, "ray_1_worker": lines[1], "ray_2_workers": {k: v for k, v in lines[2].items() if k != "publish"},
          "ray1_over_local": round(ratio, 3), "within_15_percent": ratio >= 0.85,
          "publish": lines[2]["publish"]})


if __name__ == "__main__":
    main()

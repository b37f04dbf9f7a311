"""Does RL add to an SFT model? Paired pass@1 before and after RL from a learn bench's SFT.

pass@1 on a suite's whole `test` split before and after RL from the SFT checkpoint a learn
bench left, paired task by task: one JSON line.

    .venv/bin/python -m loopwright.bench.rl_after_sft runs/learn/arith/sft --seconds 300
    .venv/bin/python -m loopwright.bench.rl_after_sft runs/learn/code/sft --rl-algo grpo --rl-lr 1e-4

Why beside `bench.learn`: there RL - SFT is the difference of two evals of 48 runs (each about
+-14 points at 95%), and the same SFT recipe measured 0.771 and 0.688 on arith in two runs
(session 33), so an RL recipe's effect of a few points cannot be told from noise there. Here
the SFT model is fixed (its adapter, and its AdamW moments, which RL continues as the learn
bench's `sft_rl` line does), the whole split is evaluated at `--samples` runs per task with
the same seeds before and after (the SFT model's figure repeats: arith 0.780 in five runs of
336, files 0.719 and 0.714 of 384; session 34), and the difference carries a paired 95%
interval over tasks. RL gets `--seconds` of training, not what a 40-minute bench leaves it, so
one command also says whether more RL time would pay.
"""

import argparse
import json
import time
from pathlib import Path

from loopwright.bench.learn import (
    SPLITS,
    SUITES,
    add_rl_options,
    log,
    paired_points,
    resolve_rl_options,
    rl_config,
    settings,
)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0], epilog=__doc__.split("\n\n")[2],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("sft", type=Path,
                   help="A learn bench's SFT folder, `<out>/<suite>/sft`: its `adapter/` and `checkpoints/`.")
    p.add_argument("--suite", choices=SUITES, default=None, help="Default: the name of the folder above `sft`.")
    p.add_argument("--split", choices=SPLITS, default="test", help="Eval split (every task of it).")
    p.add_argument("--seconds", type=float, default=300.0, help="RL training budget (the evals come on top).")
    p.add_argument("--samples", type=int, default=4, help="Eval runs per task.")
    add_rl_options(p)
    p.set_defaults(out=Path("runs/rl-after-sft"))
    args = p.parse_args(argv)
    adapter_config = args.sft / "adapter" / "adapter_config.json"
    if not adapter_config.is_file() or not (args.sft / "checkpoints" / "LATEST").is_file():
        p.error(f"{args.sft} is not a learn bench's SFT folder: it needs adapter/adapter_config.json "
                "and checkpoints/LATEST (`python -m loopwright.bench.learn --out DIR` leaves DIR/<suite>/sft)")
    args.suite = args.suite or args.sft.resolve().parent.name
    if args.suite not in SUITES:
        p.error(f"--suite is needed: {args.sft.resolve().parent.name!r} is not one of {', '.join(SUITES)}")
    if args.samples < 1 or args.seconds <= 0:
        p.error("--samples and --seconds must be > 0")
    saved = json.loads(adapter_config.read_text())
    args.lora_r, layers = saved["r"], saved.get("layers_to_transform")
    args.lora_layers = len(layers) if layers else 0
    return resolve_rl_options(args)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    started = time.monotonic()
    import torch

    from loopwright.bench.learn_stages import Stages
    from loopwright.envs.tasks import load_suite
    from loopwright.train.checkpoint import latest_checkpoint
    from loopwright.train.stack import build_stack, trainable_policy

    stack = build_stack("smollm2-135m", "ours", "docker", args.out / "traces", args.max_turns,
                        pool_size=args.concurrency)
    try:
        stages = Stages(stack, settings(args), log)
        train = load_suite(args.suite, "train").tasks
        tasks = load_suite(args.suite, args.split).tasks
        policy = trainable_policy(stack.local, stages.settings.lora, args.sft / "adapter")
        moments = torch.load(latest_checkpoint(args.sft).path / "optimizer.pt", weights_only=True)
        stack.engine.update_adapter(policy.lora_factors())
        before = stages.evaluate(args.suite, args.split, tasks, "sft")
        rl = stages.reinforce(policy, train, rl_config(args, args.rl_algo, guided=args.guidance), args.seconds,
                              args.out / "sft_rl", moments=moments)
        after = stages.evaluate(args.suite, args.split, tasks, "sft_rl")
    finally:
        stack.sandboxes.close()
    print(json.dumps({
        "bench": "rl_after_sft", "suite": args.suite, "split": args.split, "sft": str(args.sft),
        "rl_algo": args.rl_algo, "rl_lr": args.rl_lr, "rl": rl,
        "lines": {"sft": before.to_json(), "sft_rl": after.to_json()},
        "rl_minus_sft": paired_points(before, after),
        "minutes": round((time.monotonic() - started) / 60, 2),
    }), flush=True)


if __name__ == "__main__":
    main()

"""Proof that training helps: pass@1 on `arith` test before and after training on `arith`
train, within a wall-clock budget (default 40 minutes), printed as one JSON line.

    .venv/bin/python -m loopwright.bench.learn --minutes 40

Stages: eval before (greedy) -> SFT warm start on forced-decoding demonstrations when the
base model solves nothing (real runs in sandboxes, verified, traced; say so in the line)
-> GRPO on rollouts of train tasks until the budget's training share is spent -> eval
after. The engine receives the merged LoRA weights after every optimizer step.
"""

import argparse
import json
import sys
import time
from pathlib import Path

BEFORE, AFTER = "before", "after"


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--minutes", type=float, default=40.0, help="Total wall-clock budget.")
    p.add_argument("--test-limit", type=int, default=None, help="Evaluate only the first N test tasks.")
    p.add_argument("--demos", type=int, default=16, help="Demonstration runs for the SFT warm start.")
    p.add_argument("--sft-epochs", type=int, default=3, help="SFT passes over the demonstrations.")
    p.add_argument("--sft-batch", type=int, default=4, help="Demonstrations per SFT optimizer step.")
    p.add_argument("--sft-lr", type=float, default=5e-4)
    p.add_argument("--temperature", type=float, default=0.7, help="GRPO rollout temperature.")
    p.add_argument("--grpo-lr", type=float, default=5e-5)
    p.add_argument("--group-size", type=int, default=4)
    p.add_argument("--tasks-per-step", type=int, default=4)
    p.add_argument("--max-new-tokens", type=int, default=96)
    p.add_argument("--max-turns", type=int, default=2, help="Model turns per run.")
    p.add_argument("--concurrency", type=int, default=4)
    p.add_argument("--lora-r", type=int, default=16)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--out", type=Path, default=Path("runs/learn"))
    return p.parse_args()


def main() -> None:
    args = parse_args()
    started = time.monotonic()
    deadline = started + 60 * args.minutes
    from loopwright.envs.tasks import load_suite
    from loopwright.train.evaluate import evaluate
    from loopwright.train.stack import build_stack, trainable_policy

    args.out.mkdir(parents=True, exist_ok=True)
    stack = build_stack("smollm2-135m", "ours", "docker", args.out / "traces", args.max_turns)
    test = load_suite("arith", "test", args.test_limit).tasks
    train = load_suite("arith", "train").tasks

    def run_eval(label: str):
        report = evaluate(stack.runtime, test, suite="arith", split="test", samples=1,
                          max_turns=args.max_turns, max_new_tokens=args.max_new_tokens,
                          concurrency=args.concurrency, image_for=stack.image_for)
        log(f"eval {label}: pass@1 {report.pass_at_1:.3f} in {report.duration_s:.0f} s")
        return report

    before = run_eval(BEFORE)
    eval_s = time.monotonic() - started
    policy = trainable_policy(stack.local, lora_settings(args))
    warm_start = None
    if before.pass_at_1 == 0.0 and args.demos > 0:
        warm_start = sft_warm_start(stack, policy, train, args)
    grpo_steps, grpo_updates = grpo(stack, policy, train, args, budget_s=deadline - time.monotonic() - eval_s)
    after = run_eval(AFTER)
    line = {
        "bench": "learn", "model": "smollm2-135m", "suite": "arith", "split": "test",
        "tasks": len(test), "pass_at_1_before": before.pass_at_1, "pass_at_1_after": after.pass_at_1,
        "delta_points": round(100 * (after.pass_at_1 - before.pass_at_1), 1),
        "mean_reward_before": before.mean_reward, "mean_reward_after": after.mean_reward,
        "warm_start": warm_start, "grpo_steps": grpo_steps, "grpo_steps_with_update": grpo_updates,
        "minutes": round((time.monotonic() - started) / 60, 2), "budget_minutes": args.minutes,
        "plot": str(args.out / "grpo" / "reward.png"),
    }
    sys.stdout.write(json.dumps(line) + "\n")


def lora_settings(args):
    from loopwright.train.policy import LoraSettings

    return LoraSettings(r=args.lora_r, alpha=2 * args.lora_r)


def sft_warm_start(stack, policy, train, args) -> str:
    """Demonstration runs on train tasks, then SFT on the ones the verifier passed."""
    from loopwright.agent import AgentConfig, AgentRuntime
    from loopwright.tools import builtin_tools
    from loopwright.train.config import TrainConfig
    from loopwright.train.demos import demo_spec
    from loopwright.train.loop import run_training
    from loopwright.train.rollouts import read_runs, tasks_for_step
    from loopwright.train.trainer import Trainer

    forced_runtime = AgentRuntime(stack.engine, stack.local, stack.sandboxes, tools=builtin_tools(),
                                  tracing=stack.runtime.tracing, agent_config=AgentConfig(max_turns=args.max_turns),
                                  constrained=False)
    eos = stack.local.tokenizer.eos_token_id
    tasks = tasks_for_step(train, 0, args.demos, args.seed)
    specs = [demo_spec(t, stack.local.tokenizer, eos, forced_runtime.action_format, args.max_turns,
                       stack.image_for(t)) for t in tasks]
    results = list(forced_runtime.run_many(specs, concurrency=args.concurrency))
    demos = [t for t in read_runs(stack.trace_dir, [r for r in results if r.error is None]) if (t.reward or 0) >= 1.0]
    log(f"warm start: {len(demos)}/{len(specs)} demonstration runs passed the verifier")
    if not demos:
        return f"none: 0/{len(specs)} demonstration runs passed the verifier"

    class Replay:
        """`sft_batch` demonstrations per step, cycling through them in order."""

        def collect(self, step: int):
            start = step * args.sft_batch
            return [demos[i % len(demos)] for i in range(start, start + args.sft_batch)]

    steps = -(-len(demos) * args.sft_epochs // args.sft_batch)
    config = TrainConfig(algo="sft", steps=steps, lr=args.sft_lr, lora=lora_settings(args),
                         checkpoint_every=steps, seed=args.seed)
    trainer = Trainer(policy, config, pad_id=stack.local.tokenizer.pad_token_id or 0)
    run_training(trainer, Replay(), args.out / "sft", on_weights=stack.engine.update_weights)
    return (f"sft on {len(demos)} forced-decoding demonstration runs of train tasks "
            f"({args.sft_epochs} epochs, {steps} steps)")


def grpo(stack, policy, train, args, budget_s: float) -> tuple[int, int]:
    """GRPO steps run, and how many of them had a group with unequal rewards (an update)."""
    from loopwright.train.config import TrainConfig
    from loopwright.train.loop import run_training
    from loopwright.train.rollouts import AgentRollouts
    from loopwright.train.trainer import Trainer

    if budget_s <= 0:
        return 0, 0
    config = TrainConfig(algo="grpo", steps=1000, group_size=args.group_size, tasks_per_step=args.tasks_per_step,
                         lr=args.grpo_lr, lora=lora_settings(args), checkpoint_every=5, seed=args.seed,
                         temperature=args.temperature, max_new_tokens=args.max_new_tokens, max_turns=args.max_turns)
    trainer = Trainer(policy, config, pad_id=stack.local.tokenizer.pad_token_id or 0)
    source = AgentRollouts(stack.runtime, train, config, stack.trace_dir, args.concurrency, stack.image_for)
    history = run_training(trainer, source, args.out / "grpo", on_weights=stack.engine.update_weights,
                           time_budget_s=budget_s)
    return len(history), sum(s.loss is not None for s in history)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()

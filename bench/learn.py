"""Proof that training transfers: pass@1 on each suite's `test` (new tasks of the trained
families) and `test-transfer` (families training never saw), one JSON line per suite.

    .venv/bin/python -m loopwright.bench.learn --minutes 40
    .venv/bin/python -m loopwright.bench.learn --suite shell --minutes 25 --test-limit 20
    .venv/bin/python -m loopwright.bench.learn --minutes 64 --offline-share 0.1 --rl-base-share 0.05
    (the third: SFT's 2 epochs and ~400 s of RL after it per suite; in 40 minutes RL after SFT
    gets 54-140 s and adds ~0 over SFT; in 64, +10.4 and +12.0 points on average in two runs,
    session 35)

Lines, each from the base weights: `base`; `sft` (SFT on forced oracle demonstrations of
train families); `sft_rl` (RL on top of that SFT); `rl` (RL from the base alone);
`offline` (a batch of verified runs of the SFT model on train tasks, then training the SFT
adapter further on those traces alone: the base passes no train task, so its logs hold
nothing to learn from). RL is `--rl-algo`, by default expert iteration (`sft` on the
policy's own runs: each step samples groups of runs of train tasks, the verifier keeps the
passing ones, one SFT step on them), since GRPO after SFT lowered `test` in every session's
run (its advantages over groups of 4 push failed runs down as hard as passed ones up, and the
budget gives it ~6 steps). The lines after SFT continue SFT's AdamW moments (a fresh AdamW
steps about `lr` per weight even on the near-zero gradients of runs the SFT model already
finds likely). Every figure has its runs, tasks and a 95% Wilson interval; `rl_minus_sft` is
SFT+RL less SFT per split with a paired interval over the tasks both ran. `forgetting` is the
SFT+RL model of this suite evaluated on every other suite's `test` against the base, and its
loss per token on general text (`train.general_text`) against the base's. The
budget covers the whole command: each suite gets an equal part of what is left when it
starts. Within it SFT comes first, since it is where the gains are: with its demonstrations
it takes up to `--sft-share` of what is left once its own line's evals are reserved (timed on
the base's). The later lines' evals are then reserved at the SFT eval's cost (a model that
finishes its runs answers in fewer turns than the base, which runs every one to its turn
limit), the offline line takes `--offline-share` of the rest, and RL the remainder, split
between `rl` and `sft_rl` by `--rl-base-share` (RL from a base that passes no train task has
no signal to learn from, so by default it gets the smaller part). A stage cut by the budget says so in its line; a line
whose training updated no weight is not measured again: it carries the figures of the model
it started from, and its summary says so. Plots
of reward and pass rate per step and per family are written next to each training log.
"""

import argparse
import json
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from loopwright.train.precision import PRECISION_CHOICES, resolve_precision

if TYPE_CHECKING:
    import torch

SUITES = ("arith", "files", "code", "shell")
SPLITS = ("test", "test-transfer")
RL_LR = {"sft": 2e-4, "grpo": 1e-4, "ppo": 1e-4}
"""Learning rates of online RL after SFT (which trains at `--sft-lr`), with SFT's moments. Expert
iteration at 2e-4 kept files at SFT's pass@1 (0.625 vs 0.667), at 5e-4 it drifted to 0.417
(session 14 probes); GRPO at 3e-4 took files from 0.667 to 0.417 in 2 steps (session 13)."""
RL_SHAPE = {"sft": (8, 2), "grpo": (4, 4), "ppo": (4, 4)}
"""(tasks, runs per task) of an online step, 16 runs each. Expert iteration keeps one passing
run per task (`--ei-per-task`), so it draws more tasks with fewer runs each; GRPO and PPO
compare a task's runs, so they need groups."""


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0], epilog=__doc__.split("\n\n")[1],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--minutes", type=float, default=40.0, help="Wall-clock budget of the whole command.")
    p.add_argument("--suite", action="append", choices=SUITES, help="Suite to bench (repeatable; default: all).")
    p.add_argument("--test-limit", type=int, default=24,
                   help="Tasks per eval split (the first N of a mixed order). 24 tasks x 2 samples: a line's "
                        "interval is about +-14 points (12 tasks: +-20, wider than the +10 RL is asked to add); "
                        "the evals then take 1.5-2 of a suite's 10 minutes (session 33).")
    p.add_argument("--forgetting-limit", type=int, default=6, help="Tasks per other suite in the forgetting matrix (0: skip).")
    p.add_argument("--samples", type=int, default=2, help="Eval runs per task (>= 2 for an interval).")
    p.add_argument("--demos-per-family", type=int, default=12,
                   help="Forced oracle demonstrations per train family, its difficulty levels in turn "
                        "(12: four of each level; code's and shell's SFT end short of 2 epochs, and more distinct "
                        "tasks taught shell more than repeats: SFT 0.125 and 0.375 vs 0.042 with 6).")
    p.add_argument("--sft-epochs", type=int, default=2,
                   help="A ceiling: arith and files reach it within their budget, code and shell stop short "
                        "(64 and 73 of 102 and 84 steps, session 28).")
    p.add_argument("--sft-batch", type=int, default=4)
    p.add_argument("--sft-lr", type=float, default=1e-3,
                   help="1e-3: shell (the slowest suite to learn) passed 0.167 of its test runs after 40 SFT "
                        "steps at 1e-3, 0.021 at 5e-4 (48 runs each; session 28 probe).")
    p.add_argument("--sft-share", type=float, default=0.65,
                   help="Share of a suite's training time (its budget less its evals) SFT and its demonstrations "
                        "may take (0.5 cut every suite's SFT before 1.5 epochs; RL continues from it).")
    p.add_argument("--offline-share", type=float, default=0.2,
                   help="Share of the training time left after SFT for the offline line (batch and training).")
    p.add_argument("--rl-base-share", type=float, default=0.1,
                   help="Share of the RL budget for RL from the base (the rest goes to RL after SFT; the base "
                        "passes no train task, so RL from it gets no reward: one step shows it).")
    p.add_argument("--offline-tasks-per-family", type=int, default=1, help="Train tasks per family in the offline batch.")
    p.add_argument("--offline-samples", type=int, default=4)
    p.add_argument("--offline-algo", choices=("sft", "dpo", "grpo"), default="sft")
    p.add_argument("--offline-lr", type=float, default=1e-4,
                   help="Learning rate of the offline line (it starts from the SFT adapter: at the SFT rate it overfits).")
    p.add_argument("--lora-r", type=int, default=16)
    p.add_argument("--lora-layers", type=int, default=0,
                   help="Adapters in the last N decoder layers only (0: every layer). The backward stops there: "
                        "with 12 of 30, SFT steps ~1.6x faster and RL got ~1.5x the time, but SFT passed less and "
                        "SFT+RL the same (session 37).")
    add_rl_options(p)
    args = p.parse_args(argv)
    if args.samples < 1 or args.test_limit < 1:
        p.error("--samples and --test-limit must be >= 1")
    if not 0.0 <= args.rl_base_share <= 1.0:
        p.error("--rl-base-share must be between 0 and 1")
    return resolve_rl_options(args)


def add_rl_options(p: argparse.ArgumentParser) -> None:
    """The options of online RL, of runs (RL's and the evals') and of training passes, which
    `bench.rl_after_sft` shares with this bench."""
    p.add_argument("--rl-algo", choices=tuple(RL_LR), default="sft",
                   help="Online RL: sft = expert iteration (verifier-filtered own runs, SFT loss), grpo, or ppo.")
    p.add_argument("--rl-lr", type=float, default=None,
                   help="Default per --rl-algo: " + ", ".join(f"{a} {lr:g}" for a, lr in RL_LR.items()) + ".")
    p.add_argument("--temperature", type=float, default=0.9, help="RL rollout temperature.")
    p.add_argument("--group-size", type=int, default=None,
                   help="Runs per task in an online step. Default per --rl-algo: "
                        + ", ".join(f"{a} {shape[1]}" for a, shape in RL_SHAPE.items()) + ".")
    p.add_argument("--tasks-per-step", type=int, default=None,
                   help="Tasks per online step. Default per --rl-algo: "
                        + ", ".join(f"{a} {shape[0]}" for a, shape in RL_SHAPE.items()) + ".")
    p.add_argument("--ei-per-task", type=int, default=1,
                   help="Expert iteration keeps at most this many passing runs of a task per step (0: all).")
    p.add_argument("--guidance", action=argparse.BooleanOptionalAction, default=True,
                   help="sft_rl with expert iteration: a task none of a step's runs passed gets one verified "
                        "oracle demonstration in its group (families the SFT model never solves still teach).")
    p.add_argument("--eval-temperature", type=float, default=0.2,
                   help="Sampling temperature of eval runs (0.2: where pass@1 of sampled code peaks in "
                        "Chen et al. 2021, and still > 0 so a task's samples differ).")
    p.add_argument("--max-new-tokens", type=int, default=128)
    p.add_argument("--max-turns", type=int, default=2, help="Model turns per run.")
    p.add_argument("--concurrency", type=int, default=8)
    p.add_argument("--precision", choices=PRECISION_CHOICES, default="auto",
                   help="Training forward passes: auto = bf16 autocast where the CPU has AVX512-BF16 or AMX "
                        "(2.8x faster steps there), else fp32.")
    p.add_argument("--replay-weight", type=float, default=4.0,
                   help="Every training line: weight of the KL to the base model on general chat "
                        "(`train.general_replay`), against forgetting; 0 turns it off.")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--out", type=Path, default=Path("runs/learn"))


def resolve_rl_options(args: argparse.Namespace) -> argparse.Namespace:
    """`auto` precision and the per-algorithm learning rate made concrete."""
    args.precision = resolve_precision(args.precision)  # auto -> what this CPU trains fastest in, once
    args.rl_lr = args.rl_lr or RL_LR[args.rl_algo]
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    started = time.monotonic()
    from loopwright.bench.learn_stages import Stages
    from loopwright.train.stack import build_stack

    suites = args.suite or list(SUITES)
    stack = build_stack("smollm2-135m", "ours", "docker", args.out / "traces", args.max_turns,
                        pool_size=args.concurrency)
    try:
        stages = Stages(stack, settings(args), log)
        forgetting = ForgettingBase(stages, args.forgetting_limit)
        end = started + 60 * args.minutes
        for i, suite in enumerate(suites):
            suite_deadline = time.monotonic() + max(0.0, end - time.monotonic()) / (len(suites) - i)
            line = bench_suite(stages, suite, args, suite_deadline, forgetting)
            emit({"bench": "learn", "model": "smollm2-135m", "cpu": cpu_model(), "eval_temperature":
                  args.eval_temperature, "eval_samples": args.samples,
                  "lora": {"r": args.lora_r, "layers": args.lora_layers or "all"}, **line,
                  "minutes_total": round((time.monotonic() - started) / 60, 2), "budget_minutes": args.minutes})
    finally:
        stack.sandboxes.close()


def settings(args: argparse.Namespace):
    from loopwright.bench.learn_stages import Settings

    return Settings(samples=args.samples, eval_temperature=args.eval_temperature, max_turns=args.max_turns,
                    max_new_tokens=args.max_new_tokens, concurrency=args.concurrency,
                    lora=lora_settings(args), seed=args.seed,
                    precision=args.precision, replay_weight=args.replay_weight)


def bench_suite(stages, suite: str, args: argparse.Namespace, deadline: float, forgetting: "ForgettingBase") -> dict:
    """All lines of one suite within its deadline: SFT takes up to `--sft-share` of what is left
    once its own evals are reserved, then, with the later evals reserved at the SFT eval's cost,
    the offline line `--offline-share` and RL the rest, split between `rl` and `sft_rl`."""
    from loopwright.envs.tasks import load_suite
    from loopwright.train.stack import trainable_policy

    began = time.monotonic()
    out = args.out / suite
    train = load_suite(suite, "train").tasks
    evals = {split: load_suite(suite, split, args.test_limit).tasks for split in SPLITS}
    others = forgetting.suites_besides(suite)

    clock = SuiteClock(deadline, evals=LINE_EVALS + forgetting.share(others, args.test_limit))

    def evaluate_all(label: str, timed: bool = False) -> dict:
        figures, seconds = {}, []
        for split, tasks in evals.items():
            started = time.monotonic()
            figures[split] = stages.evaluate(suite, split, tasks, label)
            seconds.append(time.monotonic() - started)
        if timed:
            clock.time_evals(seconds)
        return figures

    lines = {"base": evaluate_all("base", timed=True)}
    clock.evals_done(len(SPLITS))
    warm = stages.sft_on_demonstrations(train, args.demos_per_family, args.sft_epochs,
                                                    args.sft_batch, args.sft_lr, out / "sft",
                                                    args.sft_share * clock.left_s(len(SPLITS)))
    after_sft_nll = forgetting.general_text_loss(warm.policy.model)
    lines["sft"] = evaluate_all("sft", timed=True)
    clock.evals_done(len(SPLITS))
    sft_adapter = out / "sft" / "adapter"
    offline = stages.offline(train, args.offline_tasks_per_family, args.offline_samples,
                             rl_config(args, args.offline_algo, steps=4, lr=args.offline_lr, online=False), out / "offline",
                             args.offline_share * clock.free_s(), start=sft_adapter if sft_adapter.exists() else None,
                             moments=warm.moments)
    lines["offline"] = figures_after(offline, {"test": lines["sft"]["test"]},
                                     lambda: {"test": stages.evaluate(suite, "test", evals["test"], "offline")}, "sft")
    clock.evals_done(1)
    stages.reset()
    rl = stages.reinforce(trainable_policy(stages.stack.local, stages.settings.lora), train,
                          rl_config(args, args.rl_algo), clock.free_s() * args.rl_base_share, out / "rl")
    lines["rl"] = figures_after(rl, lines["base"], lambda: evaluate_all("rl"), "base")
    clock.evals_done(len(SPLITS))  # measured or not, their reserved time is spent or free for sft_rl
    stages.stack.engine.update_adapter(warm.policy.lora_factors())
    sft_rl = stages.reinforce(warm.policy, train, rl_config(args, args.rl_algo, guided=args.guidance),
                              clock.free_s(), out / "sft_rl",
                              moments=warm.moments)
    lines["sft_rl"] = figures_after(sft_rl, lines["sft"], lambda: evaluate_all("sft_rl"), "sft")
    matrix = forgetting.measure(suite, others, warm.policy.model, after_sft_nll)
    stages.reset()
    return {
        "suite": suite,
        "lines": {name: {split: fig.to_json() for split, fig in figs.items()} for name, figs in lines.items()},
        "delta_points": deltas(lines),
        "rl_minus_sft": {split: paired_points(lines["sft"][split], fig) for split, fig in lines["sft_rl"].items()},
        "warm_start": warm.summary, "offline": offline, "rl": rl, "sft_rl": sft_rl,
        "forgetting": matrix,
        "stages": stages.ledger.to_json(),
        "minutes": round((time.monotonic() - began) / 60, 2),
        "budget_minutes": round((deadline - began) / 60, 2),
        "plots": [str(out / name / png) for name in ("rl", "sft_rl") for png in ("reward.png", "families.png")],
    }


LINE_EVALS = 4 * len(SPLITS) + 1
"""Split-evals of one suite's lines: base, sft, offline (test only), rl, sft_rl."""


class SuiteClock:
    """What a suite's training stages may spend: the time to its deadline less the evals still
    to run, each costing what the cheapest split-eval of the latest timed line took (the
    base's, then the SFT model's: later lines start from one of the two). The cheapest, not
    the mean: one run the base leaves looping until its command's 60-s timeout made a
    split-eval of 24 tasks take 69 s instead of 11 (arith's `test-transfer`), and reserving
    that for every later eval took minutes from SFT."""

    def __init__(self, deadline: float, evals: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.deadline, self.evals_left, self.clock = deadline, evals, clock
        self.eval_s = 0.0

    def time_evals(self, seconds: list[float]) -> None:
        """The durations of one line's split-evals."""
        self.eval_s = min(seconds)

    def evals_done(self, count: float) -> None:
        self.evals_left = max(0.0, self.evals_left - count)

    def left_s(self, evals: float) -> float:
        """Seconds to the deadline once `evals` split-evals are reserved (never < 0)."""
        return max(0.0, self.deadline - self.clock() - self.eval_s * evals)

    def free_s(self) -> float:
        """Seconds left for training once every eval still to run is reserved."""
        return self.left_s(self.evals_left)


def lora_settings(args: argparse.Namespace):
    """Every line's adapters: rank `--lora-r` (alpha twice it) in the last `--lora-layers` layers."""
    from loopwright.train.policy import LoraSettings

    return LoraSettings(r=args.lora_r, alpha=2 * args.lora_r, layers=args.lora_layers or None)


def rl_config(args: argparse.Namespace, algo: str, steps: int = 10_000, lr: float | None = None,
              online: bool = True, guided: bool = False):
    """The trainer config of an RL (or offline: trained on logged traces) line; `steps` is a
    ceiling, the budget ends it. Online lines draw by curriculum, favouring tasks sometimes
    solved: no algorithm learns from a task no run passes, and little from one all pass.
    `guided` turns on guidance for online expert iteration (`TrainConfig.guidance`): the
    `sft_rl` line's, not `rl`'s, which stays RL from the base alone."""
    from loopwright.train.config import TrainConfig

    tasks, runs = RL_SHAPE[algo]
    return TrainConfig(algo=algo, steps=steps, group_size=args.group_size or runs,
                       tasks_per_step=args.tasks_per_step or tasks, lr=lr or args.rl_lr,
                       sft_per_group=args.ei_per_task if online and algo == "sft" else 0,
                       guidance=guided and online and algo == "sft",
                       lora=lora_settings(args),
                       checkpoint_every=5, seed=args.seed, temperature=args.temperature,
                       max_new_tokens=args.max_new_tokens, max_turns=args.max_turns,
                       dynamic_sampling=online and algo == "grpo", curriculum=online,
                       precision=args.precision, replay_weight=args.replay_weight)


def figures_after(training: dict, start: dict, evaluate: Callable[[], dict], start_name: str) -> dict:
    """A line's figures: measured, unless no step of its training updated the weights; then the
    model is the one it started from and so are its figures (the summary says so). RL from a
    base that passes no train task gets no reward and no update, and measuring the same model
    again cost two evals of the suite's budget."""
    if training["steps_with_update"]:
        return evaluate()
    training["figures"] = f"the {start_name} line's: no step updated the weights"
    return start


def deltas(lines: dict) -> dict:
    """Points of pass@1 over the base model, per line and split."""
    base = lines["base"]
    return {name: {split: round(100 * (fig.pass_at_1 - base[split].pass_at_1), 1) for split, fig in figs.items()}
            for name, figs in lines.items() if name != "base"}


def paired_points(before, after) -> dict:
    """after - before in points of pass@1 over the tasks both `Figure`s evaluated, with its paired
    95% interval (`train.evaluate.paired_difference`): the evals run the same tasks with the same
    seeds, so this is far narrower than the two lines' own intervals side by side."""
    from loopwright.train.evaluate import paired_difference

    mean, low, high = paired_difference(before.per_task, after.per_task)
    shared = before.per_task.keys() & after.per_task.keys()
    return {"mean": round(100 * mean, 1), "ci95": [round(100 * low, 1), round(100 * high, 1)], "tasks": len(shared),
            "tasks_better": sum(after.per_task[t] > before.per_task[t] for t in shared),
            "tasks_worse": sum(after.per_task[t] < before.per_task[t] for t in shared)}


class ForgettingBase:
    """The forgetting matrix: a trained model on every other suite's `test` against the base,
    whose figures are all taken up front (a suite benched later has no base figure yet when
    an earlier one is measured), and its loss on general text (`train.general_text`: the base
    passes no suite's task, so only the loss can show what training took elsewhere)."""

    def __init__(self, stages, limit: int) -> None:
        from loopwright.envs.tasks import load_suite

        self.stages = stages
        self.tasks = {s: load_suite(s, "test", limit).tasks for s in SUITES} if limit else {}
        self.base = {suite: stages.evaluate(suite, "test", tasks, "base").pass_at_1
                     for suite, tasks in self.tasks.items()}
        self.base_nll = self.general_text_loss(stages.stack.local.hf_model)

    def general_text_loss(self, model: "torch.nn.Module") -> float:
        from loopwright.train.general_text import text_nll

        return text_nll(model, self.stages.stack.local.tokenizer)

    def suites_besides(self, suite: str) -> list[str]:
        return [s for s in self.tasks if s != suite]

    def share(self, others: list[str], test_limit: int) -> float:
        """The matrix row of `others` in split-evals of `test_limit` tasks (for the budget)."""
        return sum(len(self.tasks[s]) for s in others) / test_limit

    def measure(self, trained_on: str, others: list[str], trained: "torch.nn.Module", after_sft_nll: float) -> dict:
        """The row of `trained_on`: `trained`'s general-text loss (and the SFT model's, measured
        before RL went on from it), then every other suite's `test`."""
        after_nll = self.general_text_loss(trained)
        self.stages.log(f"general text after {trained_on}: loss {after_nll:.4f} per token (after SFT "
                        f"{after_sft_nll:.4f}, base {self.base_nll:.4f})")
        matrix = {"general_text": {"base_nll": round(self.base_nll, 4), "after_nll": round(after_nll, 4),
                                   "delta_percent": round(100 * (after_nll / self.base_nll - 1), 2),
                                   "after_sft_nll": round(after_sft_nll, 4),
                                   "sft_delta_percent": round(100 * (after_sft_nll / self.base_nll - 1), 2)}}
        for suite in others:
            after = self.stages.evaluate(suite, "test", self.tasks[suite], f"trained on {trained_on}").pass_at_1
            before = self.base.get(suite)
            matrix[suite] = {"base": before, "after": after,
                             "delta_points": None if before is None else round(100 * (after - before), 1)}
        return matrix


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def emit(line: dict) -> None:
    sys.stdout.write(json.dumps(line) + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main()

"""The stages of the learn bench, each on one shared stack (model, engine, sandboxes):
evaluate a split, SFT on forced oracle demonstrations, RL rollouts with a trainer, and
offline training on the traces of a batch of verified runs.

Every stage that trains starts from a LoRA policy whose adapters the engine then serves;
`reset` serves the base weights alone again, so each line of the bench starts where it says.
"""

import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from loopwright.envs.tasks import Task
from loopwright.train.config import TrainConfig
from loopwright.train.evaluate import EvalReport, evaluate
from loopwright.train.policy import LoraPolicy, LoraSettings
from loopwright.train.precision import Precision
from loopwright.train.stack import Stack, trainable_policy

Log = Callable[[str], None]


@dataclass(slots=True)
class Figure:
    """One pass@1 with its sample: what a line of the bench reports per split."""

    pass_at_1: float
    runs: int
    tasks: int
    interval: tuple[float, float]
    per_family: dict[str, float]
    per_task: dict[str, float]
    """Task id -> share of its runs that passed (kept for subsets; not printed)."""

    @classmethod
    def of(cls, report: EvalReport) -> "Figure":
        low, high = report.interval
        return cls(round(report.pass_at_1, 4), report.runs, report.tasks, (round(low, 4), round(high, 4)),
                   {k: round(v, 3) for k, v in report.per_family.items()}, dict(report.per_task))

    def to_json(self) -> dict:
        return {"pass_at_1": self.pass_at_1, "n_runs": self.runs, "n_tasks": self.tasks,
                "ci95": list(self.interval), "per_family": self.per_family}


@dataclass
class Settings:
    """What every stage of one bench run shares (from the command line)."""

    samples: int
    """Eval runs per task (pass@1 is their mean; >= 2 for an interval over tasks and samples)."""
    eval_temperature: float
    max_turns: int
    max_new_tokens: int
    concurrency: int
    lora: LoraSettings
    seed: int
    precision: Precision
    """Of SFT's training passes (the RL and offline lines take theirs from their TrainConfig)."""
    replay_weight: float
    """Of SFT's training (likewise): the weight of the KL to the base on general chat."""


@dataclass
class Warm:
    """What SFT on demonstrations leaves for the lines that start from it."""

    policy: LoraPolicy
    summary: str
    moments: dict | None
    """SFT's AdamW state (None when no step ran): the RL and offline lines continue it
    (`Trainer.continue_moments`)."""


@dataclass
class Ledger:
    """Runs made and seconds spent per stage, for the bench line."""

    runs: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))

    def add(self, stage: str, runs: int, seconds: float) -> None:
        self.runs[stage] += runs
        self.seconds[stage] += seconds

    def to_json(self) -> dict:
        return {"runs": dict(self.runs), "seconds": {k: round(v, 1) for k, v in self.seconds.items()}}


class Stages:
    def __init__(self, stack: Stack, settings: Settings, log: Log) -> None:
        self.stack = stack
        self.settings = settings
        self.log = log
        self.ledger = Ledger()
        self.replay: list | None = None
        """The general replay rows (`train.general_replay`), sampled by the first line that uses them."""

    def reset(self) -> None:
        """The engine serves the base weights alone again."""
        self.stack.engine.update_adapter(None)

    def evaluate(self, suite: str, split: str, tasks: list[Task], label: str) -> Figure:
        s = self.settings
        report = evaluate(self.stack.runtime, tasks, suite=suite, split=split, samples=s.samples,
                          temperature=s.eval_temperature, max_turns=s.max_turns,
                          max_new_tokens=s.max_new_tokens, concurrency=s.concurrency, seed=s.seed,
                          image_for=self.stack.image_for)
        self.ledger.add("eval", report.runs, report.duration_s)
        figure = Figure.of(report)
        self.log(f"{suite} {label} {split}: pass@1 {figure.pass_at_1:.3f} {list(figure.interval)} "
                 f"({figure.runs} runs, {report.duration_s:.0f} s)")
        return figure

    def sft_on_demonstrations(self, train: list[Task], demos_per_family: int, epochs: int, batch: int,
                              lr: float, out: Path, budget_s: float) -> Warm:
        """Forced oracle demonstrations of train tasks (real runs, verified, traced), then SFT
        on the ones the verifier passed, for `epochs` or until `budget_s` from now, the
        demonstrations included (at least one step); the engine ends serving the SFT adapter."""
        s = self.settings
        began = time.monotonic()
        tasks = per_family(train, demos_per_family)
        demos = self.demonstrations(tasks)
        policy = trainable_policy(self.stack.local, s.lora)
        if not demos:
            return Warm(policy, f"none: 0/{len(tasks)} demonstration runs passed the verifier", None)
        steps = -(-len(demos) * epochs // batch)
        config = TrainConfig(algo="sft", steps=steps, lr=lr, lora=s.lora, checkpoint_every=steps, seed=s.seed,
                             precision=s.precision, replay_weight=s.replay_weight)
        started = time.monotonic()
        left_s = budget_s - (started - began)
        history, moments = self._train(policy, config, DemoCycle(demos, batch), out, budget_s=left_s)
        self.ledger.add("sft", 0, time.monotonic() - started)
        families, done = len({t.family for t in tasks}), len(history)
        return Warm(policy, f"sft on {len(demos)} demonstrations of {families} families "
                            f"({done} of {steps} steps = {epochs} epochs{'' if done == steps else ', cut by the budget'})",
                    moments)

    def demonstrations(self, tasks: list[Task]) -> list:
        """One forced oracle run of each task (real sandbox, traced); the runs the verifier passed."""
        from loopwright.train.demos import demo_spec
        from loopwright.train.rollouts import read_runs

        s, stack = self.settings, self.stack
        started = time.monotonic()
        forced = stack.runtime.unconstrained()
        eos = stack.local.tokenizer.eos_token_id
        specs = [demo_spec(t, stack.local.tokenizer, eos, forced.action_format, s.max_turns, stack.image_for(t))
                 for t in tasks]
        results = list(forced.run_many(specs, concurrency=s.concurrency))
        demos = [t for t in read_runs(stack.trace_dir, [r for r in results if r.error is None])
                 if (t.reward or 0) >= 1.0]
        self.ledger.add("demonstrations", len(specs), time.monotonic() - started)
        self.log(f"demonstrations: {len(demos)}/{len(specs)} passed the verifier")
        return demos

    def reinforce(self, policy: LoraPolicy, train: list[Task], config: TrainConfig, budget_s: float,
                  out: Path, moments: dict | None = None) -> dict:
        """Online RL on train tasks until `budget_s` (at least one step), continuing the AdamW
        `moments` of the training that made `policy` if given; returns its summary."""
        from loopwright.train.log import STEP_LOG
        from loopwright.train.rollouts import AgentRollouts

        source = AgentRollouts(self.stack.runtime, train, config, self.stack.trace_dir,
                               self.settings.concurrency, self.stack.image_for, step_log=out / STEP_LOG)
        started = time.monotonic()
        history, _ = self._train(policy, config, source, out, budget_s=budget_s, moments=moments)
        runs = sum(h.runs for h in history)
        self.ledger.add(f"rl_{config.algo}", runs, time.monotonic() - started)
        return {"algo": config.algo, "steps": len(history), "steps_with_update": sum(h.loss is not None for h in history),
                "runs": runs, "guided": sum(h.guided for h in history),
                "mean_reward": round(sum(h.reward_mean for h in history) / max(len(history), 1), 3),
                "seconds": round(time.monotonic() - started, 1), "log": str(out / "train_log.jsonl")}

    def offline(self, train: list[Task], per_family_tasks: int, samples: int, config: TrainConfig,
                out: Path, budget_s: float, start: Path | None = None, moments: dict | None = None) -> dict:
        """`loopwright batch --suite` then `loopwright train --traces [--adapter start]`, in
        process: verified runs of the weights the engine holds on train tasks, traced; then
        training on those traces alone, from the adapter `start` (fresh adapters if None)
        continuing its training's AdamW `moments` if given, until `budget_s` from now is
        spent (at least one step)."""
        from loopwright.models.sampling import SamplingParams
        from loopwright.train.offline import NoTrainableTraces, OfflineTraces
        from loopwright.train.rollouts import run_spec
        from loopwright.train.seeds import derived_seed

        s, stack = self.settings, self.stack
        began = started = time.monotonic()
        specs = [run_spec(t, group_id=f"batch-{t.task_id}", max_turns=s.max_turns, image=stack.image_for(t),
                          sampling=SamplingParams(max_new_tokens=s.max_new_tokens, temperature=0.7,
                                                  seed=derived_seed(s.seed, "batch", t.task_id, i)))
                 for t in per_family(train, per_family_tasks) for i in range(samples)]
        results = list(stack.runtime.run_many(specs, s.concurrency))
        passed = sum((r.reward or 0) >= 1.0 for r in results)
        self.ledger.add("batch", len(results), time.monotonic() - started)
        summary = {"algo": config.algo, "batch_runs": len(results), "batch_passed": passed}
        try:
            source = OfflineTraces(stack.trace_dir, config, {r.trace_id for r in results if r.trace_id})
        except NoTrainableTraces as exc:
            return {**summary, "skipped": str(exc)}
        policy = trainable_policy(stack.local, s.lora, start)
        started = time.monotonic()
        history, _ = self._train(policy, config, source, out, budget_s=budget_s - (started - began),
                                 moments=moments)
        self.ledger.add(f"offline_{config.algo}", 0, time.monotonic() - started)
        return {**summary, "steps": len(history), "steps_with_update": sum(h.loss is not None for h in history)}

    def _train(self, policy: LoraPolicy, config: TrainConfig, source, out: Path, budget_s: float | None = None,
               moments: dict | None = None) -> tuple[list, dict]:
        """`run_training` of `policy`; returns its step stats and the AdamW state it ended with."""
        from loopwright.train.general_replay import replay_for
        from loopwright.train.loop import engine_weights, run_training
        from loopwright.train.trainer import Trainer

        tokenizer = self.stack.local.tokenizer
        if config.replay_weight and self.replay is None:  # sampled from the base once, for every line
            self.replay = replay_for(config, policy, tokenizer, out)
        trainer = Trainer(policy, config, pad_id=tokenizer.pad_token_id or 0,
                          replay=self.replay if config.replay_weight else None)
        if moments is not None:
            trainer.continue_moments(moments)
        history = run_training(trainer, source, out, on_weights=engine_weights(self.stack.engine),
                               time_budget_s=budget_s, progress=False)
        return history, trainer.optimizer.state_dict()


class DemoCycle:
    """`batch` demonstrations per step, cycling through them in order (an SFT source)."""

    def __init__(self, demos: list, batch: int) -> None:
        self.demos, self.batch = demos, batch

    def collect(self, step: int) -> list:
        start = step * self.batch
        return [self.demos[i % len(self.demos)] for i in range(start, start + self.batch)]


def per_family(tasks: list[Task], count: int) -> list[Task]:
    """`count` tasks of every family (in the split's seeded order), taken in turn from each of
    the family's difficulty levels, families interleaved: a level is its own shape of answer
    (another pipeline, a condition more), so a demonstration set covers every skill and
    every level of it equally."""
    levels: dict[str, dict[str, list[Task]]] = defaultdict(lambda: defaultdict(list))
    for task in tasks:
        levels[task.family][task.difficulty].append(task)
    chosen = [in_turn(list(by_level.values()), count) for by_level in levels.values()]
    rounds = [[group[i] for group in chosen if i < len(group)] for i in range(count)]
    return [task for round_ in rounds for task in round_]


def in_turn(queues: list[list[Task]], count: int) -> list[Task]:
    """Up to `count` tasks, one from each queue in turn (round robin), in each queue's order."""
    picked: list[Task] = []
    for i in range(max((len(q) for q in queues), default=0)):
        picked += [q[i] for q in queues if i < len(q)]
    return picked[:count]

"""`loopwright train`: GRPO / SFT / DPO / PPO on LoRA, online from rollouts or offline from traces.

SIGTERM, SIGINT or SIGHUP stop training without losing work: the step in flight is
abandoned (rollouts) or finished (update), the last finished step is checkpointed, and the
command exits 0 saying how to resume.
"""

import functools
import json
import shlex
import signal
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from loopwright.cli.common import OldMaxSteps, fail, turn_budget
from loopwright.cli.eval import USER_ERRORS
from loopwright.cli.ray_options import CpusPerWorkerFlag, RayFlag, WorkersFlag, ray_runtime
from loopwright.scale.publish_mode import PublishMode

if TYPE_CHECKING:
    from loopwright.train.config import TrainConfig
    from loopwright.train.loop import RolloutSource, StopRequest, WeightSink
    from loopwright.train.rollouts import AgentRollouts
    from loopwright.train.trainer import Ranks, StepStats, Trainer

STOP_DEADLINE_S = 120.0
"""How long a stopped training may take to finish its step and checkpoint before the process
ends regardless (the previous checkpoint stays); rollouts are abandoned at once."""


def register(app: typer.Typer) -> None:
    @app.command("train")
    def train_command(
        ctx: typer.Context,
        algo: str = typer.Option("grpo", help="grpo, sft, dpo or ppo."),
        suite: str | None = typer.Option(None, help="Suite for online rollouts (arith, files, code, shell or a folder)."),
        split: str = typer.Option("train", help="Split to train on."),
        traces: Annotated[Path | None, typer.Option(help="Train offline on these trace files instead of rollouts.")] = None,
        steps: int = typer.Option(20, min=1, help="Optimizer steps."),
        group_size: int = typer.Option(4, min=1, help="Runs per task per step (the GRPO group)."),
        tasks_per_step: int = typer.Option(4, min=1, help="Tasks (groups) per step."),
        lora_r: int = typer.Option(16, min=1, help="LoRA rank."),
        lora_layers: int | None = typer.Option(None, min=1, help="Adapters in the last N decoder layers only (default: all): "
                                               "the backward stops there, so steps cost less."),
        lr: float = typer.Option(1e-4, help="AdamW learning rate."),
        kl_beta: float = typer.Option(0.0, help="Weight of the KL to the frozen base model (ppo: the starting weight)."),
        kl_mode: str = typer.Option("loss", help="ppo: KL as a loss term (loss) or as a per-token reward penalty (reward)."),
        kl_estimator: str = typer.Option("k3", help="ppo: per-token KL estimator, k1 (logp - ref) or k3."),
        kl_target: float = typer.Option(0.0, min=0.0, help="ppo: mean KL per token that an adaptive beta steers to; 0 keeps --kl-beta fixed."),
        kl_horizon: int = typer.Option(10_000, min=1, help="ppo: runs over which the adaptive beta moves by its full error."),
        gamma: float = typer.Option(1.0, min=0.0, max=1.0, help="ppo: GAE discount per completion token."),
        gae_lambda: float = typer.Option(0.95, min=0.0, max=1.0, help="ppo: GAE lambda (1: Monte-Carlo returns, 0: one-token TD)."),
        vf_coef: float = typer.Option(0.1, min=0.0, help="ppo: weight of the clipped value loss."),
        ent_coef: float = typer.Option(0.0, min=0.0, help="ppo: weight of the entropy bonus."),
        clip_eps: float = typer.Option(0.2, help="Ratio clipping epsilon."),
        no_std: bool = typer.Option(False, "--no-std", help="Dr. GRPO: do not divide advantages by the group std."),
        norm: str = typer.Option("token", help="Loss normalisation: token or sequence."),
        credit: str = typer.Option("run", help="Rows of a run: run (turns joined) or turn (one row per model call)."),
        dynamic_sampling: bool = typer.Option(
            False, "--dynamic-sampling/--no-dynamic-sampling",
            help="Replace groups whose runs all got the same reward by fresh tasks (DAPO)."),
        dynamic_max_rounds: int = typer.Option(3, min=1, help="Refill rounds per step at most with --dynamic-sampling."),
        curriculum: bool = typer.Option(
            False, "--curriculum/--no-curriculum",
            help="Draw tasks whose recent pass rate is strictly between 0 and 1 more often."),
        sft_threshold: float = typer.Option(1.0, help="SFT keeps runs with reward >= this."),
        sft_per_group: int = typer.Option(
            0, min=0, help="SFT keeps at most this many passing runs of each task's group in a step (0: all)."),
        guidance: bool = typer.Option(
            False, "--guidance/--no-guidance",
            help="With --algo sft online: a task no run of a step passed gets one verified run of its "
                 "oracle (solution/solve.sh, forced decoding) to train on."),
        replay_weight: float = typer.Option(
            0.0, min=0.0, help="Weight of the KL to the base model on general chat (the base's own replies to "
                               "general prompts, sampled once into --out) in every step's loss: training keeps "
                               "the model's general language. Example: --replay-weight 1"),
        replay_rows: int = typer.Option(1, min=1, help="General chat rows per step with --replay-weight."),
        checkpoint_every: int = typer.Option(5, min=1, help="Checkpoint every K steps."),
        seed: int = typer.Option(0, help="Seeds task order and sampling."),
        precision: str = typer.Option(
            "auto", help="Training forward passes: fp32, bf16 (autocast) or auto (bf16 where the CPU has "
                         "AVX512-BF16 or AMX, 2.8x faster there; else fp32)."),
        out: Annotated[Path, typer.Option(help="Output folder (log, plot, checkpoints, adapter).")] = Path("runs/train"),
        resume: bool = typer.Option(False, help="Continue from the latest checkpoint in --out."),
        model: str = typer.Option("smollm2-135m", help="Embedded name, HF dir, .gguf or hub id."),
        engine: str = typer.Option("ours", help="ours or hf."),
        sandbox: str = typer.Option("docker", help="docker or local."),
        max_turns: int = typer.Option(4, min=1, help="Model turns per run."),
        max_steps: OldMaxSteps = None,
        max_new_tokens: int = typer.Option(256, min=1, help="Tokens per model call."),
        temperature: float = typer.Option(1.0, help="Rollout sampling temperature."),
        concurrency: int = typer.Option(4, min=1, help="Rollouts in flight."),
        limit: int | None = typer.Option(None, min=1, help="Only the first N tasks of the split."),
        trace_dir: Annotated[Path, typer.Option(help="Where rollouts are traced.")] = Path(".loopwright/traces"),
        nproc: int = typer.Option(
            1, min=1, help="Data-parallel trainer ranks (torch.distributed, gloo on CPU, started like torchrun): "
            "each trains on a share of every round's rows, gradients are summed, rank 0 collects rollouts "
            "and writes --out. grpo, sft and ppo. Example: --nproc 2"),
        ray: RayFlag = None,
        workers: WorkersFlag = 1,
        cpus_per_worker: CpusPerWorkerFlag = 1.0,
        async_: bool = typer.Option(
            False, "--async", help="Collect the rollouts of later steps while training (grpo, sft), with weights "
            "at most --max-staleness steps old; GRPO corrects for the older policy. Example: --async --max-staleness 1"),
        max_staleness: int = typer.Option(1, min=0, help="With --async: most optimizer steps a run's weights may lag "
                                          "(0: the synchronous loop)."),
        publish: Annotated[PublishMode, typer.Option(
            help="With --ray, what goes to the workers after each step: lora (the adapters' factors; "
                 "each worker merges them into its base weights) or full (the merged layers).")] = PublishMode.lora,
    ) -> None:
        """Fine-tune the local model with LoRA on verified rollouts or on traced runs.

        Example: `loopwright train --algo grpo --suite arith --steps 20 --group-size 4 --out runs/grpo`

        PPO: `loopwright train --algo ppo --suite arith --kl-beta 0.05 --kl-mode reward --kl-estimator k1 --kl-target 0.02 --gamma 1 --gae-lambda 0.95 --out runs/ppo`

        Offline: `loopwright train --algo sft --traces .loopwright/traces --steps 10 --out runs/sft`

        Expert iteration with guidance: `loopwright train --algo sft --suite shell --guidance --curriculum --out runs/ei`

        Data-parallel: `loopwright train --algo grpo --suite arith --nproc 2 --out runs/grpo2`

        Ray rollout workers: `loopwright train --algo grpo --suite arith --ray local --workers 2 --out runs/grpo-ray`

        Asynchronous: `loopwright train --algo grpo --suite arith --ray local --workers 2 --async --max-staleness 1`
        """
        from loopwright.train.config import TrainConfig
        from loopwright.train.policy import LoraSettings
        from loopwright.train.precision import resolve_precision

        max_turns = turn_budget(ctx, max_turns, max_steps)
        if (suite is None) == (traces is None):
            fail("pass exactly one of --suite (online rollouts) or --traces (offline)")
        if traces is not None and (dynamic_sampling or curriculum or guidance):
            fail("--dynamic-sampling, --curriculum and --guidance act on online rollouts (--suite), not --traces")
        if guidance and ray:
            fail("--guidance forces demonstrations on this process's engine: not with --ray yet")
        if resume and not (out / "checkpoints" / "LATEST").is_file():
            fail(f"--resume: no checkpoint in {out / 'checkpoints'}")
        if async_ and traces is not None:
            fail("--async collects rollouts ahead; --traces trains on logged runs with no rollouts")
        if ray and traces is not None:
            fail("--ray runs rollouts on workers; --traces trains on logged runs with no rollouts")
        if nproc > 1 and ray:
            fail("--nproc with --ray is not supported yet: train on one process with rollouts on Ray, or --nproc "
                 "with local rollouts")
        if nproc > 1 and replay_weight:
            fail("--replay-weight with --nproc is not supported yet: train on one process")
        if nproc > 1 and resume:
            fail("--resume with --nproc is not supported yet: resume with one process")
        ranks = None
        if nproc > 1:
            from loopwright.scale.ddp import GlooRanks, is_rank, launch_ranks

            if not is_rank():
                from loopwright.models.loading import prepare

                prepare(model)  # the GGUF de-quantized once, before any rank starts
                raise typer.Exit(launch_ranks(nproc, sys.argv[1:]))
            ranks = GlooRanks()
        from loopwright.train.loop import StopRequest

        stop = StopRequest()
        try:
            config = TrainConfig(
                algo=algo, steps=steps, group_size=group_size, tasks_per_step=tasks_per_step,
                lr=lr, kl_beta=kl_beta, clip_eps=clip_eps, scale_by_std=not no_std, norm=norm, credit=credit,
                dynamic_sampling=dynamic_sampling, dynamic_max_rounds=dynamic_max_rounds, curriculum=curriculum,
                kl_mode=kl_mode, kl_estimator=kl_estimator, kl_target=kl_target, kl_horizon=kl_horizon,
                gamma=gamma, gae_lambda=gae_lambda, vf_coef=vf_coef, ent_coef=ent_coef,
                sft_threshold=sft_threshold, sft_per_group=sft_per_group, guidance=guidance,
                replay_weight=replay_weight, replay_rows=replay_rows,
                checkpoint_every=checkpoint_every, seed=seed,
                temperature=temperature, max_new_tokens=max_new_tokens, max_turns=max_turns,
                lora=LoraSettings(r=lora_r, alpha=2 * lora_r, layers=lora_layers), max_staleness=max_staleness if async_ else None,
                precision=resolve_precision(precision),
            )
            scale_out = RayFlags(ray, workers, cpus_per_worker, publish) if ray else None
            history, report = _run(config, suite, split, traces, out, resume, model, engine,
                                        sandbox, concurrency, limit, trace_dir, stop, ranks, scale_out)
        except Exception as exc:
            if type(exc).__name__ in USER_ERRORS + ("TrainingStopped", "NoTrainableTraces"):
                fail(str(exc))
            raise
        last = history[-1] if history else None
        summary = {
            "algo": algo, "steps": steps, "out": str(out),
            "reward_first": history[0].reward_mean if history else None,
            "reward_last": last.reward_mean if last else None,
            "plot": str(out / "reward.png"), "family_plot": str(out / "families.png"),
            "adapter": str(out / "adapter"),
        } | report
        if stop.requested:
            summary |= report_stop(stop, out, sys.argv[1:])
        if ranks is None or ranks.rank == 0:
            sys.stdout.write(json.dumps(summary | ({"nproc": nproc} if ranks else {})) + "\n")


def report_stop(stop: "StopRequest", out: Path, argv: list[str]) -> dict:
    """Says on stderr where a stopped training was checkpointed and the command that resumes
    it (`argv` with `--resume`); returns the same as summary fields."""
    from loopwright.train.checkpoint import latest_checkpoint

    ckpt = latest_checkpoint(out)
    at_step = ckpt.step if ckpt is not None else 0
    by = signal.Signals(stop.signum).name if stop.signum else "request"
    command = shlex.join(["loopwright", *[a for a in argv if a not in ("--resume", "--no-resume")], "--resume"])
    typer.echo(f"stopped by {by} at step {at_step}; resume with: {command}", err=True)
    return {"stopped_by": by, "stopped_at_step": at_step, "resume": command}


def train_until_stopped(trainer: "Trainer", source: "RolloutSource", out: Path, stop: "StopRequest",
                        **kwargs) -> list["StepStats"]:
    """`run_training` in which SIGTERM, SIGINT and SIGHUP ask `stop` (a StopRequest) to stop."""
    from loopwright.cli.signals import exit_on_signals
    from loopwright.train.loop import run_training

    with exit_on_signals(stop=stop, deadline_s=STOP_DEADLINE_S):
        return run_training(trainer, source, out, stop=stop, **kwargs)


def _run(config, suite, split, traces, out, resume, model, engine, sandbox, concurrency, limit, trace_dir, stop,
         ranks=None, scale_out: "RayFlags | None" = None):
    from loopwright.train.loop import engine_weights

    if ranks is not None and ranks.rank > 0:
        from loopwright.scale.ddp import train_as_follower

        return train_as_follower(config, model, ranks, stop, train_until_stopped), {}
    out.mkdir(parents=True, exist_ok=True)
    if traces is not None:
        from loopwright.models import load
        from loopwright.train.offline import OfflineTraces

        source = OfflineTraces(traces, config)
        local = load(model)
        trainer = _trainer(local, config, out, ranks)
        return train_until_stopped(trainer, lead(source, ranks), out, stop, resume=resume), {"failed_runs": 0}
    from loopwright.envs.tasks import load_suite
    from loopwright.train.log import STEP_LOG
    from loopwright.train.rollouts import AgentRollouts
    from loopwright.train.stack import build_stack

    tasks = load_suite(suite, split, limit).tasks
    if scale_out is not None:
        return _run_on_ray(config, tasks, out, resume, model, engine, sandbox, concurrency, trace_dir, stop,
                           ranks, scale_out)
    stack = build_stack(model, engine, sandbox, trace_dir, config.max_turns, pool_size=concurrency, warm_for=tasks)
    with stack.sandboxes:
        trainer = _trainer(stack.local, config, out, ranks)
        source = AgentRollouts(stack.runtime, tasks, config, trace_dir, concurrency, stack.image_for,
                               step_log=out / STEP_LOG)
        return _train_online(trainer, source, out, stop, resume, engine_weights(stack.engine), ranks)


def _trainer(local, config: "TrainConfig", out: Path, ranks: "Ranks | None") -> "Trainer":
    """A LoRA policy on a private copy of `local`'s weights and its Trainer, with the general
    replay rows (`train.general_replay`) when `config.replay_weight` asks for them."""
    from loopwright.train.general_replay import replay_for
    from loopwright.train.stack import trainable_policy
    from loopwright.train.trainer import Trainer

    policy = trainable_policy(local, config.lora)
    return Trainer(policy, config, pad_id=local.tokenizer.pad_token_id or 0, ranks=ranks,
                   replay=replay_for(config, policy, local.tokenizer, out))


@dataclass(frozen=True, slots=True)
class RayFlags:
    address: str
    workers: int
    cpus_per_worker: float
    publish: PublishMode


def _run_on_ray(config, tasks, out, resume, model, engine, sandbox, concurrency, trace_dir, stop, ranks,
                scale_out: RayFlags):
    """Rollouts on Ray workers (each its own engine and sandboxes); this process only trains,
    and publishes the new weights to the workers after each step."""
    from loopwright.models import load
    from loopwright.train.log import STEP_LOG
    from loopwright.train.rollouts import AgentRollouts
    from loopwright.train.stack import driver_images, stack_runtime

    make_runtime = functools.partial(stack_runtime, model=model, engine_kind=engine, sandbox=sandbox,
                                     max_turns=config.max_turns, pool_size=concurrency)
    local = load(model)
    with ray_runtime(scale_out.address, scale_out.workers, scale_out.cpus_per_worker, concurrency, make_runtime,
                     trace_dir, publish=scale_out.publish) as runtime:
        trainer = _trainer(local, config, out, ranks)
        source = AgentRollouts(runtime, tasks, config, trace_dir, concurrency * scale_out.workers,
                               driver_images(sandbox), step_log=out / STEP_LOG)
        return _train_online(trainer, source, out, stop, resume, runtime.publish, ranks)


def _train_online(trainer: "Trainer", source: "AgentRollouts", out: Path, stop: "StopRequest", resume: bool,
                  on_weights: "WeightSink", ranks) -> tuple[list["StepStats"], dict]:
    """Trains on `source`'s rollouts, collected ahead on a thread with --async; returns the
    steps and what the summary adds (failed runs; with --async the staleness and where the
    time went)."""
    from loopwright.train.async_rollouts import AsyncRollouts

    config = trainer.config
    if config.max_staleness is None:
        history = train_until_stopped(trainer, lead(source, ranks), out, stop, resume=resume, on_weights=on_weights)
        return history, {"failed_runs": source.failed_runs}
    ahead = AsyncRollouts(source, config.max_staleness, config.steps)
    try:
        history = train_until_stopped(trainer, lead(ahead, ranks), out, stop, resume=resume, on_weights=on_weights)
    finally:
        ahead.close()
    return history, {"failed_runs": source.failed_runs, "max_staleness": config.max_staleness,
                     "staleness_max": max((h.staleness_max for h in history), default=0), **ahead.timing.fractions()}


def lead(source: "RolloutSource", ranks) -> "RolloutSource":
    """`source` itself in one process; on rank 0 of several, `source` shared with the others."""
    if ranks is None:
        return source
    from loopwright.scale.ddp import BroadcastRollouts

    return BroadcastRollouts(source, ranks)

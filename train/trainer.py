"""One optimizer step on a round of trajectories: rows -> loss -> gradient -> AdamW.

The rows are `Trajectory.sequences()` exactly as recorded at rollout (token ids, loss
masks, old logprobs); nothing is re-tokenized. Which rows and which loss is the
algorithm's (`train/algorithms`); micro-batching, the backward and the optimizer are
shared here. A non-finite loss or gradient stops the step before the optimizer touches
the weights, so the last checkpoint stays good.

Data-parallel (`loopwright train --nproc N`): every rank builds the same rows from the same
round, then backpropagates only its share of the micro-batches (each still weighted by its
share of the whole round's mean), so the sum of the ranks' gradients is the one-process
gradient; an all-reduce sums them before clipping and AdamW, and every rank applies the
same update. The ranks themselves come from outside (`Ranks`), as torch.distributed does.
"""

import copy
import time
from collections.abc import Iterator
from dataclasses import dataclass, fields
from typing import Protocol

import torch

from loopwright.agent.trajectory import TokenSequence, Trajectory
from loopwright.envs.tasks.verifier import PASS_THRESHOLD
from loopwright.train.algorithms import MicroBatch, PassStats, Round, make_algorithm
from loopwright.train.batch import collate
from loopwright.train.config import TrainConfig
from loopwright.train.general_replay import ReplayRow, replay_kl, rows_of_step
from loopwright.train.policy import LoraPolicy

STEP_CONSTANTS = frozenset({"kl_beta", "explained_variance"})
"""PassStats fields that are the step's own value on every rank (PPO's `prepare` sees the
whole round); the others are share-weighted sums over micro-batches, so ranks add them."""


ROW_ADDITIVE = frozenset({"grpo", "sft", "ppo"})
"""Algorithms whose loss is a weighted sum over rows, so ranks can split the rows (DPO's
pairs meet inside a log-sigmoid)."""


class Ranks(Protocol):
    """The data-parallel group a trainer is one rank of (`loopwright.scale.ddp.GlooRanks`)."""

    rank: int
    world_size: int

    def all_reduce_sum(self, tensors: list[torch.Tensor]) -> None:
        """Sums each tensor over the ranks, in place."""
        ...

    def broadcast_from_first(self, tensors: list[torch.Tensor]) -> None:
        """Overwrites each tensor with rank 0's, in place."""
        ...


class NonFiniteLossError(RuntimeError):
    """The loss or a gradient was NaN/inf; the step was not applied."""


@dataclass(slots=True)
class StepStats:
    step: int
    reward_mean: float
    reward_std: float
    pass_rate: float
    runs: int
    """The policy's own runs (guidance's demonstrations are counted in `guided`)."""
    rows: int = 0
    loss: float | None = None
    """Mean over the step's inner epochs; None when nothing was trainable this step (e.g.
    every group had equal rewards)."""
    kl: float = 0.0
    """Mean over the step's inner epochs."""
    clip_fraction: float = 0.0
    """Mean over the step's inner epochs."""
    value_loss: float = 0.0
    """PPO, mean over the step's inner epochs (0 elsewhere)."""
    entropy: float = 0.0
    """PPO, mean over the step's inner epochs (0 elsewhere)."""
    kl_beta: float = 0.0
    """PPO: the KL weight this step used (0 elsewhere)."""
    explained_variance: float = 0.0
    """PPO: share of the returns' variance the rollout-time values explain (0 elsewhere)."""
    replay_kl: float = 0.0
    """Mean over the step's inner epochs of the KL to the base on general chat (0 without
    replay_weight)."""
    guided: int = 0
    """Oracle demonstrations guidance added to groups no run passed (`TrainConfig.guidance`)."""
    skipped_groups: int = 0
    """Groups without a learning signal (e.g. all rewards equal), counted and skipped."""
    tokens: int = 0
    """Loss tokens trained on (each inner epoch counts again)."""
    tokens_per_s: float = 0.0
    duration_s: float = 0.0
    collect_s: float = 0.0
    """Time the loop waited for the step's runs: every rollout when synchronous, only what was
    not ready yet with --async."""
    staleness_max: int = 0
    """Most optimizer steps between a run's weights and the step's (0 when synchronous)."""
    publish_bytes: int = 0
    """Bytes of weights sent to rollout workers after the step (`--ray`; 0 in one process)."""
    publish_s: float = 0.0
    """Seconds until every worker had swapped them in."""


TIMING_FIELDS = ("duration_s", "tokens_per_s", "collect_s", "publish_s")
"""StepStats fields that are wall-clock measurements: they differ between two runs that are
otherwise the same (a resumed run's log is compared without them)."""


class Trainer:
    """LoRA policy + AdamW + the configured algorithm; also the `GradientPass` the
    algorithm computes its loss through."""

    def __init__(self, policy: LoraPolicy, config: TrainConfig, pad_id: int = 0,
                 ranks: Ranks | None = None, replay: list[ReplayRow] | None = None) -> None:
        self.policy = policy
        self.config = config
        self.pad_id = pad_id
        self.ranks = ranks
        """None: one process trains on the whole round."""
        self.replay = replay or []
        """General chat rows held to the base with `config.replay_weight` (`train.general_replay`)."""
        if config.replay_weight and not self.replay:
            raise ValueError("replay_weight > 0 needs the general replay rows (train.general_replay.replay_for)")
        if config.replay_weight and ranks is not None:
            raise ValueError("--replay-weight with --nproc is not supported yet: every rank would need the same "
                             "replay rows; train on one process")
        self._sharded = False
        """True while a pass's backward runs: `micro_batches` yields only this rank's share."""
        self.algorithm = make_algorithm(config)
        policy.precision = config.precision
        if ranks is not None and config.algo not in ROW_ADDITIVE:
            raise ValueError(f"--nproc: {config.algo}'s loss is not a sum over rows, so it cannot be "
                             f"split across ranks; use one of {', '.join(sorted(ROW_ADDITIVE))}")
        if self.algorithm.uses_value_head:
            policy.attach_value_head()
        if ranks is not None:  # every rank starts from rank 0's adapters (their init is random)
            with torch.no_grad():
                ranks.broadcast_from_first(policy.trainable_parameters())
        self.optimizer = torch.optim.AdamW(
            policy.trainable_parameters(), lr=config.lr, weight_decay=config.weight_decay
        )

    def continue_moments(self, optimizer_state: dict) -> None:
        """Continues the AdamW moments of an earlier training of the same adapters (RL after
        SFT) at this config's learning rate and weight decay. A fresh AdamW's second moment
        starts at the first gradient's square, so its first steps are about `lr` per weight
        whatever the gradient's size: on runs the policy already finds likely (SFT losses of
        0.002-0.07 in expert iteration after SFT) that is a walk on noise, which moved the SFT
        adapters' product by 22% in 20 steps and took files from 0.667 to 0.417 pass@1
        (session 14). With the earlier moments a step is as large as its gradient is next
        to the earlier training's. A value head attached since (PPO) starts its moments fresh."""
        params = self.policy.trainable_parameters()
        saved = copy.deepcopy(optimizer_state["state"])  # AdamW updates its moments in place: never the caller's
        count = sum(len(group["params"]) for group in optimizer_state["param_groups"])
        head = self.policy.value_head
        adapters = len(params) - (len(list(head.parameters())) if head is not None else 0)
        if count != adapters or any(saved[i]["exp_avg"].shape != params[i].shape for i in saved):
            raise ValueError(f"the optimizer state holds moments of {count} tensors that do not match these "
                             f"{adapters} adapter tensors: it was trained with another adapter shape")
        ours = self.optimizer.state_dict()["param_groups"]  # this config's lr and weight decay, every tensor
        self.optimizer.load_state_dict({"state": saved, "param_groups": ours})

    def step(self, step: int, trajectories: list[Trajectory]) -> StepStats:
        """Trains on one round of runs: `inner_epochs` passes, one AdamW update each."""
        started = time.perf_counter()
        stats = _reward_stats(step, trajectories)
        rows = self.algorithm.rows(trajectories)
        stats.skipped_groups = rows.skipped_groups
        if rows:
            self.algorithm.prepare(rows, self)
            passes = [self._update(step, rows) for _ in range(self.config.inner_epochs)]
            for name, value in _mean(passes).items():
                setattr(stats, name, value)
            stats.rows = len(rows.sequences)
            stats.tokens = sum(sum(s.loss_mask) for s in rows.sequences) * self.config.inner_epochs
        stats.duration_s = time.perf_counter() - started
        stats.tokens_per_s = stats.tokens / max(stats.duration_s, 1e-9)
        return stats

    def _update(self, step: int, rows: Round) -> PassStats:
        """One pass: the algorithm's loss -> gradient (summed over ranks), then one AdamW update."""
        self._sharded = self.ranks is not None
        try:
            stats = self.algorithm.backward(rows, self)
        finally:
            self._sharded = False
        if self.config.replay_weight:
            stats.replay_kl = self._replay_backward(step)
        if self.ranks is not None:
            self._all_reduce(stats)
        self._apply(step)
        return stats

    def _all_reduce(self, stats: PassStats) -> None:
        """Sums this rank's gradients and loss figures with the other ranks'."""
        params = self.policy.trainable_parameters()
        for p in params:  # a rank whose share had no rows still takes part in the sum
            if p.grad is None:
                p.grad = torch.zeros_like(p)
        summed = [f.name for f in fields(PassStats) if f.name not in STEP_CONSTANTS]
        figures = torch.tensor([getattr(stats, name) for name in summed], dtype=torch.float64)
        self.ranks.all_reduce_sum([p.grad for p in params] + [figures])
        if not torch.isfinite(figures).all():
            self.optimizer.zero_grad(set_to_none=True)
            raise NonFiniteLossError(f"a rank's loss is non-finite ({figures.tolist()})")
        for name, value in zip(summed, figures.tolist(), strict=True):
            setattr(stats, name, value)

    # ---- the GradientPass an algorithm works through ----------------------------------------

    def micro_batches(self, sequences: list[TokenSequence]) -> Iterator[MicroBatch]:
        """Padded slices of `micro_batch_rows` rows, each weighted by its share of the mean;
        during a data-parallel backward, only the slices of this rank's share of the rows."""
        n = self.config.micro_batch_rows
        total_tokens = sum(sum(s.loss_mask) for s in sequences)
        first, end = 0, len(sequences)
        if self._sharded:  # this rank's contiguous slice of the rows: [first, end)
            first, end = (len(sequences) * r // self.ranks.world_size for r in (self.ranks.rank, self.ranks.rank + 1))
        for start in range(first, end, n):
            chunk = sequences[start : min(start + n, end)]
            batch = collate(chunk, self.pad_id)
            if self.config.norm == "token":
                share = batch.num_loss_tokens / max(total_tokens, 1)
            else:
                share = len(chunk) / len(sequences)
            yield MicroBatch(slice(start, start + len(chunk)), batch, share)

    def backward(self, loss: torch.Tensor) -> None:
        if not torch.isfinite(loss):
            if self._sharded:  # the loss figures carry it into the all-reduce: every rank stops there
                return
            self.optimizer.zero_grad(set_to_none=True)
            raise NonFiniteLossError(f"loss is {float(loss.detach())}")
        loss.backward()

    def _replay_backward(self, step: int) -> float:
        """Accumulates `replay_weight` x the KL to the base on this step's general replay rows;
        returns that KL (mean per reply token)."""
        rows = rows_of_step(self.replay, step, self.config.replay_rows)
        tokens, n, total = sum(r.tokens for r in rows), self.config.micro_batch_rows, 0.0
        for start in range(0, len(rows), n):
            chunk = rows[start : start + n]
            share = sum(r.tokens for r in chunk) / tokens
            kl = replay_kl(self.policy, chunk, self.pad_id)
            self.backward(kl * self.config.replay_weight * share)
            total += float(kl.detach()) * share
        return total

    # ---- AdamW ------------------------------------------------------------------------------

    def _apply(self, step: int) -> None:
        params = self.policy.trainable_parameters()
        grads = [p.grad for p in params if p.grad is not None]
        if any(not torch.isfinite(g).all() for g in grads):
            self.optimizer.zero_grad(set_to_none=True)
            raise NonFiniteLossError(f"step {step}: a gradient is NaN/inf; the update was not applied")
        if self.config.max_grad_norm:
            torch.nn.utils.clip_grad_norm_(params, self.config.max_grad_norm)
        self.optimizer.step()
        self.optimizer.zero_grad(set_to_none=True)


def _mean(passes: list[PassStats]) -> dict[str, float]:
    """Each PassStats field (StepStats has them all) averaged over the inner epochs."""
    return {f.name: sum(getattr(p, f.name) for p in passes) / len(passes) for f in fields(PassStats)}


def _reward_stats(step: int, runs: list[Trajectory]) -> StepStats:
    """The policy's reward and pass figures: guidance's demonstrations are not its samples."""
    trajs = [t for t in runs if not t.guided]
    rewards = torch.tensor([t.reward or 0.0 for t in trajs]) if trajs else torch.zeros(1)
    return StepStats(
        step=step,
        reward_mean=float(rewards.mean()),
        reward_std=float(rewards.std()) if len(rewards) > 1 else 0.0,
        pass_rate=float((rewards >= PASS_THRESHOLD).float().mean()),
        runs=len(trajs),
        guided=len(runs) - len(trajs),
        staleness_max=max((t.staleness for t in trajs), default=0),
    )

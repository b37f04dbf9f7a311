"""One optimizer step on a round of trajectories: rows -> loss -> gradient -> AdamW.

The rows are `Trajectory.sequences()` exactly as recorded at rollout (token ids, loss
masks, old logprobs); nothing is re-tokenized. A non-finite loss or gradient stops the
step before the optimizer touches the weights, so the last checkpoint stays good.
"""

import time
from collections import defaultdict
from dataclasses import dataclass

import torch
from loopwright.agent.trajectory import TokenSequence, Trajectory
from loopwright.envs.tasks.verifier import PASS_THRESHOLD
from loopwright.train.batch import TokenBatch, collate
from loopwright.train.config import TrainConfig
from loopwright.train.losses import dpo_loss, group_advantages, grpo_loss, sft_loss
from loopwright.train.policy import LoraPolicy


class NonFiniteLossError(RuntimeError):
    """The loss or a gradient was NaN/inf; the step was not applied."""


@dataclass(slots=True)
class StepStats:
    step: int
    reward_mean: float
    reward_std: float
    pass_rate: float
    runs: int
    rows: int = 0
    loss: float | None = None
    """None when nothing was trainable this step (e.g. every group had equal rewards)."""
    kl: float = 0.0
    clip_fraction: float = 0.0
    skipped_groups: int = 0
    """Groups whose rewards were all equal (no learning signal), counted and skipped."""
    tokens: int = 0
    """Loss tokens trained on."""
    tokens_per_s: float = 0.0
    duration_s: float = 0.0


class Trainer:
    def __init__(self, policy: LoraPolicy, config: TrainConfig, pad_id: int = 0) -> None:
        self.policy = policy
        self.config = config
        self.pad_id = pad_id
        self.optimizer = torch.optim.AdamW(
            policy.trainable_parameters(), lr=config.lr, weight_decay=config.weight_decay
        )

    def step(self, step: int, trajectories: list[Trajectory]) -> StepStats:
        """Trains on one round of runs with the configured algorithm."""
        started = time.perf_counter()
        stats = _reward_stats(step, trajectories)
        if self.config.algo == "grpo":
            rows, weights, stats.skipped_groups = self._grpo_rows(trajectories)
            run = self._grpo
        elif self.config.algo == "sft":
            keep = [t for t in trajectories if (t.reward or 0.0) >= self.config.sft_threshold]
            rows = [r for t in keep for r in t.sequences()]
            weights = [0.0] * len(rows)
            run = self._sft
        else:
            rows, weights, stats.skipped_groups = self._dpo_rows(trajectories)
            run = self._dpo
        rows, weights = _drop_empty(rows, weights)
        if rows:
            for _ in range(self.config.inner_epochs):
                loss, kl, clip = run(rows, weights)
                self._apply(step)
            stats.loss, stats.kl, stats.clip_fraction = loss, kl, clip
            stats.rows = len(rows)
            stats.tokens = sum(sum(r.loss_mask) for r in rows) * self.config.inner_epochs
        stats.duration_s = time.perf_counter() - started
        stats.tokens_per_s = stats.tokens / max(stats.duration_s, 1e-9)
        return stats

    # ---- GRPO ----------------------------------------------------------------------------

    def _grpo_rows(self, trajs: list[Trajectory]) -> tuple[list[TokenSequence], list[float], int]:
        rows: list[TokenSequence] = []
        advantages: list[float] = []
        skipped = 0
        for group in _groups(trajs):
            rewards = torch.tensor([t.reward or 0.0 for t in group])
            if len(group) < 2 or bool((rewards == rewards[0]).all()):
                skipped += 1
                continue
            adv = group_advantages(rewards, scale_by_std=self.config.scale_by_std)
            for traj, a in zip(group, adv.tolist(), strict=True):
                for row in traj.sequences():
                    rows.append(row)
                    advantages.append(a)
        return rows, advantages, skipped

    def _grpo(self, rows: list[TokenSequence], advantages: list[float]) -> tuple[float, float, float]:
        total_tokens = sum(sum(r.loss_mask) for r in rows)
        loss_sum = kl_sum = clip_sum = 0.0
        for chunk, chunk_adv in self._chunks(rows, advantages):
            batch = collate(chunk, self.pad_id)
            logp = self.policy.token_logprobs(batch)  # [B, T-1]
            ref = self.policy.reference_logprobs(batch) if self.config.kl_beta else None
            out = grpo_loss(
                logp,
                batch.old_logprobs,
                torch.tensor(chunk_adv),
                batch.loss_mask,
                ref,
                clip_eps=self.config.clip_eps,
                kl_beta=self.config.kl_beta,
                norm=self.config.norm,
            )
            weight = self._chunk_weight(batch, len(chunk), len(rows), total_tokens)
            self._backward(out.loss * weight)
            loss_sum += float(out.loss.detach()) * weight
            kl_sum += out.kl * weight
            clip_sum += out.clip_fraction * weight
        return loss_sum, kl_sum, clip_sum

    # ---- SFT -----------------------------------------------------------------------------

    def _sft(self, rows: list[TokenSequence], _: list[float]) -> tuple[float, float, float]:
        total_tokens = sum(sum(r.loss_mask) for r in rows)
        loss_sum = 0.0
        for chunk, _w in self._chunks(rows, [0.0] * len(rows)):
            batch = collate(chunk, self.pad_id)
            loss = sft_loss(self.policy.token_logprobs(batch), batch.loss_mask, self.config.norm)
            weight = self._chunk_weight(batch, len(chunk), len(rows), total_tokens)
            self._backward(loss * weight)
            loss_sum += float(loss.detach()) * weight
        return loss_sum, 0.0, 0.0

    # ---- DPO -----------------------------------------------------------------------------

    def _dpo_rows(self, trajs: list[Trajectory]) -> tuple[list[TokenSequence], list[float], int]:
        """Rows of the best and worst run of each group, each row tagged with its run slot.

        Slot 2k is pair k's chosen run, 2k+1 its rejected one; a run spanning several rows
        sums the log-probabilities of all of them (each row keeps its recorded context).
        """
        rows: list[TokenSequence] = []
        slots: list[float] = []
        skipped = pair = 0
        for group in _groups(trajs):
            ranked = sorted(group, key=lambda t: t.reward or 0.0)
            worst, best = ranked[0], ranked[-1]
            chosen, rejected = _trainable(best.sequences()), _trainable(worst.sequences())
            if (best.reward or 0.0) == (worst.reward or 0.0) or not chosen or not rejected:
                skipped += 1
                continue
            rows += chosen + rejected
            slots += [2.0 * pair] * len(chosen) + [2.0 * pair + 1] * len(rejected)
            pair += 1
        return rows, slots, skipped

    def _dpo(self, rows: list[TokenSequence], slots: list[float]) -> tuple[float, float, float]:
        num_slots = int(max(slots)) + 1
        policy_sum = torch.zeros(num_slots)  # [2P], summed logp of each run
        ref_sum = torch.zeros(num_slots)
        for chunk, chunk_slots in self._chunks(rows, slots):
            batch = collate(chunk, self.pad_id)
            mask = batch.loss_mask.float()
            index = torch.tensor(chunk_slots, dtype=torch.long)
            policy_sum = policy_sum.index_add(0, index, (self.policy.token_logprobs(batch) * mask).sum(-1))
            ref_sum = ref_sum.index_add(0, index, (self.policy.reference_logprobs(batch) * mask).sum(-1))
        loss = dpo_loss(policy_sum[0::2], policy_sum[1::2], ref_sum[0::2], ref_sum[1::2], self.config.dpo_beta)
        self._backward(loss)
        return float(loss.detach()), 0.0, 0.0

    # ---- shared --------------------------------------------------------------------------

    def _chunks(self, rows: list[TokenSequence], values: list[float]):
        n = self.config.micro_batch_rows
        for start in range(0, len(rows), n):
            yield rows[start : start + n], values[start : start + n]

    def _chunk_weight(self, batch: TokenBatch, chunk_rows: int, total_rows: int, total_tokens: int) -> float:
        """Share of this micro-batch in the full-batch mean, so accumulation equals one pass."""
        if self.config.norm == "token":
            return batch.num_loss_tokens / max(total_tokens, 1)
        return chunk_rows / total_rows

    def _backward(self, loss: torch.Tensor) -> None:
        if not torch.isfinite(loss):
            self.optimizer.zero_grad(set_to_none=True)
            raise NonFiniteLossError(f"loss is {float(loss)}")
        loss.backward()

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


def _groups(trajs: list[Trajectory]) -> list[list[Trajectory]]:
    """Runs grouped by group_id (else task_id); runs with neither form their own group."""
    groups: dict[str, list[Trajectory]] = defaultdict(list)
    for traj in trajs:
        groups[traj.group_id or traj.task_id or traj.trace_id].append(traj)
    return list(groups.values())


def _trainable(rows: list[TokenSequence]) -> list[TokenSequence]:
    return [r for r in rows if any(r.loss_mask)]


def _drop_empty(rows: list[TokenSequence], weights: list[float]) -> tuple[list[TokenSequence], list[float]]:
    keep = [(r, w) for r, w in zip(rows, weights, strict=True) if any(r.loss_mask)]
    return [r for r, _ in keep], [w for _, w in keep]


def _reward_stats(step: int, trajs: list[Trajectory]) -> StepStats:
    rewards = torch.tensor([t.reward or 0.0 for t in trajs]) if trajs else torch.zeros(1)
    return StepStats(
        step=step,
        reward_mean=float(rewards.mean()),
        reward_std=float(rewards.std()) if len(rewards) > 1 else 0.0,
        pass_rate=float((rewards >= PASS_THRESHOLD).float().mean()),
        runs=len(trajs),
    )

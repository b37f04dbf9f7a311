"""PPO: a learned value head, GAE over each run's completion tokens, and the KL to the
frozen reference in the reward or in the loss, with a fixed or adaptive weight.

Once per step, `prepare` runs the policy over the round without gradient and fixes what the
inner epochs share: the rollout-time values, token rewards (the run's reward on its last
completion token; with kl_mode=reward also -beta * kl_t on every completion token), GAE
advantages and returns. Each pass then minimises, per loss token,
    clipped policy loss + vf_coef * clipped value loss - ent_coef * entropy (+ beta * kl_t)
where the KL term is there only with kl_mode=loss. After `prepare` has used this step's
beta, the KL controller moves it by the KL the step measured (Ziegler et al. 2019).
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING

import torch

from loopwright.agent.trajectory import TokenSequence, Trajectory
from loopwright.train.advantages import explained_variance, gae, returns, whiten
from loopwright.train.algorithms.base import (
    GradientPass,
    PassStats,
    Round,
    TrainingAlgorithm,
    reward,
    training_rows,
)
from loopwright.train.kl import KLController, token_kl
from loopwright.train.losses import (
    Normalisation,
    clipped_policy_loss,
    masked_mean,
    next_token_entropy,
)
from loopwright.train.value_head import clipped_value_loss

if TYPE_CHECKING:
    from loopwright.train.config import TrainConfig


@dataclass(slots=True, frozen=True)
class PPORun:
    """A run's rows and its reward; GAE's time axis is its loss tokens, row after row."""

    sequences: list[TokenSequence]
    reward: float


@dataclass(slots=True)
class StepTargets:
    """What `prepare` fixed for the passes of one step. Tensors: [N, W] over the round's
    sequences (N rows, W = longest row - 1), aligned on target positions."""

    old_values: torch.Tensor
    advantages: torch.Tensor
    returns: torch.Tensor
    ref_logprobs: torch.Tensor | None
    """None when beta is 0 (no reference pass)."""
    kl_beta: float
    explained_variance: float


@dataclass(slots=True)
class PPOLossOutput:
    loss: torch.Tensor
    kl: float
    """Mean per-token KL over loss tokens (0 when none is given)."""
    clip_fraction: float
    value_loss: float
    """Mean clipped value loss over loss tokens."""
    entropy: float
    """Mean next-token entropy over loss tokens, nats."""


def ppo_loss(
    logp: torch.Tensor,
    old_logp: torch.Tensor,
    advantages: torch.Tensor,
    values: torch.Tensor,
    old_values: torch.Tensor,
    value_targets: torch.Tensor,
    entropy: torch.Tensor,
    mask: torch.Tensor,
    kl: torch.Tensor | None = None,
    *,
    clip_eps: float = 0.2,
    vf_coef: float = 0.1,
    vf_clip: float = 0.2,
    ent_coef: float = 0.0,
    kl_beta: float = 0.0,
    norm: Normalisation = "token",
) -> PPOLossOutput:
    """Per token: clipped policy loss + vf_coef * clipped value loss - ent_coef * entropy,
    plus kl_beta * kl (pass kl_beta 0 when the KL is in the reward; `kl` is then only
    reported). Every tensor: [B, T]; advantages and value targets are per token."""
    policy, was_clipped = clipped_policy_loss(logp, old_logp, advantages, clip_eps)
    value = clipped_value_loss(values, old_values, value_targets, vf_clip)
    per_token = policy + vf_coef * value - ent_coef * entropy
    if kl is not None and kl_beta:
        per_token = per_token + kl_beta * kl
    loss = masked_mean(per_token, mask, norm)
    with torch.no_grad():
        n_tokens = mask.sum().clamp(min=1)

        def token_mean(values: torch.Tensor) -> float:
            return float((values * mask).sum() / n_tokens)

        return PPOLossOutput(
            loss=loss,
            kl=0.0 if kl is None else token_mean(kl),
            clip_fraction=token_mean(was_clipped.float()),
            value_loss=token_mean(value),
            entropy=token_mean(entropy),
        )


class RunLayout:
    """Where each row's target positions sit on its run's time axis (the run's rows end to
    end), to move per-token tensors between [N rows, W] and [R runs, L]."""

    def __init__(self, runs: list[PPORun]) -> None:
        rows, positions, run_ids, run_positions = [], [], [], []
        row = 0
        for run_id, run in enumerate(runs):
            offset = 0
            for seq in run.sequences:
                n = len(seq.token_ids) - 1  # target positions of this row
                rows += [row] * n
                positions += range(n)
                run_ids += [run_id] * n
                run_positions += range(offset, offset + n)
                offset += n
                row += 1
        self.num_rows = row
        self.row_index = (torch.tensor(rows), torch.tensor(positions))
        self.run_index = (torch.tensor(run_ids), torch.tensor(run_positions))
        self.run_shape = (len(runs), max(run_positions, default=0) + 1)

    def join(self, per_row: torch.Tensor) -> torch.Tensor:
        """[N, W] -> [R, L]; positions past a run's end are 0 (False)."""
        per_run = per_row.new_zeros(self.run_shape)
        per_run[self.run_index] = per_row[self.row_index]
        return per_run

    def split(self, per_run: torch.Tensor, width: int) -> torch.Tensor:
        """[R, L] -> [N, width]; positions past a row's end are 0."""
        per_row = per_run.new_zeros((self.num_rows, width))
        per_row[self.row_index] = per_run[self.run_index]
        return per_row


class PPO(TrainingAlgorithm[PPORun]):
    name = "ppo"
    uses_value_head = True

    def __init__(self, config: "TrainConfig") -> None:
        super().__init__(config)
        self.kl = KLController(config.kl_beta, config.kl_target, config.kl_horizon)
        self.targets: StepTargets | None = None
        """This step's, from `prepare`."""

    def rows(self, trajectories: list[Trajectory]) -> Round[PPORun]:
        runs = [PPORun(seqs, reward(t)) for t in trajectories if (seqs := training_rows(t, self.config.credit))]
        return Round(runs, [seq for run in runs for seq in run.sequences])

    @torch.no_grad()
    def prepare(self, rows: Round[PPORun], grad: GradientPass) -> None:
        config, beta = self.config, self.kl.beta
        num_rows, width = len(rows.sequences), max(len(s.token_ids) for s in rows.sequences) - 1
        logp, values, ref = (torch.zeros(num_rows, width) for _ in range(3))  # [N, W]
        mask = torch.zeros(num_rows, width, dtype=torch.bool)
        for micro in grad.micro_batches(rows.sequences):
            w = micro.batch.loss_mask.shape[1]
            scores = grad.policy.scores(micro.batch)
            logp[micro.rows, :w], values[micro.rows, :w] = scores.logprobs, scores.values
            mask[micro.rows, :w] = micro.batch.loss_mask
            if beta:
                ref[micro.rows, :w] = grad.policy.reference_logprobs(micro.batch)
        kl = token_kl(config.kl_estimator, logp, ref) * mask if beta else torch.zeros_like(logp)

        layout = RunLayout(rows.rows)
        run_mask, run_values = layout.join(mask), layout.join(values)  # [R, L]
        token_rewards = layout.join(-beta * kl if config.kl_mode == "reward" else torch.zeros_like(kl))
        last = (run_mask * torch.arange(run_mask.shape[1])).argmax(-1)  # [R] last loss token of each run
        token_rewards[torch.arange(len(rows.rows)), last] += torch.tensor([run.reward for run in rows.rows])
        advantages = gae(token_rewards, run_values, run_mask, config.gamma, config.gae_lambda)
        value_targets = returns(advantages, run_values, run_mask)
        if config.whiten_advantages:
            advantages = whiten(advantages, run_mask)
        self.targets = StepTargets(
            old_values=values,
            advantages=layout.split(advantages, width),
            returns=layout.split(value_targets, width),
            ref_logprobs=ref if beta else None,
            kl_beta=beta,
            explained_variance=explained_variance(run_values, value_targets, run_mask),
        )
        self.kl.update(float(kl.sum() / mask.sum().clamp(min=1)), runs=len(rows.rows))

    def backward(self, rows: Round[PPORun], grad: GradientPass) -> PassStats:
        config, targets = self.config, self.targets
        if targets is None:
            raise RuntimeError("PPO.backward before prepare: the step's values and advantages are missing")
        total = PassStats(kl_beta=targets.kl_beta, explained_variance=targets.explained_variance)
        for micro in grad.micro_batches(rows.sequences):
            window = (micro.rows, slice(0, micro.batch.loss_mask.shape[1]))  # [N, W] -> this [B, T-1]
            scores = grad.policy.scores(micro.batch)
            with torch.set_grad_enabled(config.ent_coef > 0):  # the [B, T, V] softmax kept only if trained
                entropy = next_token_entropy(scores.logits)  # [B, T-1]
            kl = None
            if targets.ref_logprobs is not None:
                kl = token_kl(config.kl_estimator, scores.logprobs, targets.ref_logprobs[window])
            out = ppo_loss(
                scores.logprobs, micro.batch.old_logprobs, targets.advantages[window], scores.values,
                targets.old_values[window], targets.returns[window], entropy, micro.batch.loss_mask, kl,
                clip_eps=config.clip_eps, vf_coef=config.vf_coef, vf_clip=config.vf_clip,
                ent_coef=config.ent_coef, kl_beta=targets.kl_beta if config.kl_mode == "loss" else 0.0,
                norm=config.norm,
            )
            grad.backward(out.loss * micro.share)
            total.loss += float(out.loss.detach()) * micro.share
            total.kl += out.kl * micro.share
            total.clip_fraction += out.clip_fraction * micro.share
            total.value_loss += out.value_loss * micro.share
            total.entropy += out.entropy * micro.share
        return total

    def state_dict(self) -> dict:
        """The KL weight: adaptive, so a resumed run needs the value it had reached."""
        return {"kl_beta": self.kl.beta}

    def load_state_dict(self, state: dict) -> None:
        self.kl.beta = float(state["kl_beta"])

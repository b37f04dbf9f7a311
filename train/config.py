"""Training configuration: one dataclass, mapped 1:1 from `loopwright train` flags."""

from dataclasses import asdict, dataclass, field
from typing import Literal

from loopwright.train.losses import Normalisation
from loopwright.train.policy import LoraSettings

Algo = Literal["grpo", "sft", "dpo"]


@dataclass(slots=True)
class TrainConfig:
    algo: Algo = "grpo"
    """grpo: group-relative policy gradient; sft: rejection-sampling fine-tuning; dpo: best vs worst."""
    steps: int = 20
    """Optimizer steps to run (each preceded by one round of rollouts when online)."""
    group_size: int = 4
    """Runs per task per step (a GRPO group)."""
    tasks_per_step: int = 4
    """Tasks drawn per step (cycling through the split in a seeded order)."""
    lr: float = 1e-4
    """AdamW learning rate of the LoRA weights."""
    weight_decay: float = 0.0
    """AdamW weight decay."""
    max_grad_norm: float = 1.0
    """Gradient clipping norm (0 disables)."""
    kl_beta: float = 0.0
    """Weight of the k3 KL to the frozen reference (adapters off); 0 skips the reference pass."""
    clip_eps: float = 0.2
    """PPO-style clipping of the ratio against the rollout logprobs."""
    scale_by_std: bool = True
    """Divide advantages by the group std (GRPO); False gives Dr. GRPO's plain centring."""
    norm: Normalisation = "token"
    """Average the loss over all loss tokens (token) or per row first (sequence)."""
    sft_threshold: float = 1.0
    """SFT keeps only runs with reward >= this."""
    dpo_beta: float = 0.1
    """DPO temperature on the log-ratio margin."""
    inner_epochs: int = 1
    """Optimizer passes over each step's rollouts (>1 makes the clipping matter)."""
    micro_batch_rows: int = 8
    """Rows per forward pass; gradients accumulate across micro-batches."""
    checkpoint_every: int = 5
    """Save adapters + optimizer every K steps (and at the end)."""
    seed: int = 0
    """Seeds task order and sampling; each step derives its own, so --resume repeats exactly."""
    temperature: float = 1.0
    """Rollout sampling temperature."""
    max_new_tokens: int = 256
    """Per model call during rollouts."""
    max_turns: int = 4
    """Model turns per run."""
    lora: LoraSettings = field(default_factory=LoraSettings)
    """Adapter shape."""

    def __post_init__(self) -> None:
        if self.algo not in ("grpo", "sft", "dpo"):
            raise ValueError(f"unknown algo {self.algo!r}: use grpo, sft or dpo")
        if self.steps < 1 or self.group_size < 1 or self.tasks_per_step < 1:
            raise ValueError("steps, group_size and tasks_per_step must be >= 1")
        if self.algo in ("grpo", "dpo") and self.group_size < 2:
            raise ValueError(f"{self.algo} compares runs of a group: --group-size must be >= 2")
        if self.lr <= 0 or self.clip_eps <= 0 or self.kl_beta < 0:
            raise ValueError("lr and clip_eps must be > 0, kl_beta >= 0")

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "TrainConfig":
        data = dict(data)
        if "max_agent_steps" in data:  # the field's name in checkpoints saved before max_turns
            data["max_turns"] = data.pop("max_agent_steps")
        data["lora"] = LoraSettings(**data.get("lora", {}))
        return cls(**data)

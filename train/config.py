"""Training configuration: one dataclass, mapped 1:1 from `loopwright train` flags."""

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

from loopwright.train.algorithms import algorithm_class
from loopwright.train.algorithms.base import Credit
from loopwright.train.kl import KLEstimator
from loopwright.train.losses import Normalisation
from loopwright.train.policy import LoraSettings
from loopwright.train.precision import Precision

Algo = Literal["grpo", "sft", "dpo", "ppo"]
"""The names `train.algorithms.ALGORITHMS` knows."""

RESUME_MAY_DIFFER = frozenset({"steps", "checkpoint_every", "micro_batch_rows"})
"""Fields a `--resume` may set differently from the checkpoint's config: how far the run
goes (extend it with a larger `steps`), how often it saves, and how many rows share one
forward pass (accumulated micro-batches give the same update up to float rounding). Any
other difference (algo, LoRA shape, group_size, seed, lr, sampling, ...) would make the
resumed steps a different run, so it is refused."""


@dataclass(slots=True)
class TrainConfig:
    algo: Algo = "grpo"
    """grpo: group-relative policy gradient; sft: rejection-sampling fine-tuning; dpo: best vs
    worst; ppo: a learned value head and GAE."""
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
    """Weight of the KL to the frozen reference (adapters off); 0 skips the reference pass.
    PPO: the starting weight, which `kl_target` adapts."""
    kl_mode: Literal["loss", "reward"] = "loss"
    """Where the KL acts: a term of the loss (GRPO's form), or, PPO only, a per-token penalty
    -beta * kl_t in the reward that GAE carries back (Ziegler et al. / TRL's PPO)."""
    kl_estimator: KLEstimator = "k3"
    """PPO's per-token KL: k1 = logp - ref, or k3 (>= 0, lower variance; GRPO's). k1 in the
    loss has a zero-mean gradient on-policy, so it pulls only through the reward."""
    kl_target: float = 0.0
    """PPO: mean KL per loss token that an adaptive beta steers to (Ziegler et al. 2019);
    0 keeps kl_beta fixed."""
    kl_horizon: int = 10_000
    """PPO: runs over which the adaptive beta moves by its full proportional error (at most
    20% per horizon); smaller moves faster."""
    gamma: float = 1.0
    """PPO: discount per completion token in GAE."""
    gae_lambda: float = 0.95
    """PPO: GAE's bias-variance trade-off (1: Monte-Carlo returns, 0: one-token TD)."""
    vf_coef: float = 0.1
    """PPO: weight of the value loss in the total loss."""
    vf_clip: float = 0.2
    """PPO: how far a value may move from its rollout-time estimate before its loss stops
    pulling it further (0 turns value clipping off)."""
    ent_coef: float = 0.0
    """PPO: weight of the entropy bonus (entropy of the whole next-token distribution)."""
    whiten_advantages: bool = True
    """PPO: advantages to zero mean and unit std over the step's loss tokens."""
    clip_eps: float = 0.2
    """PPO-style clipping of the ratio against the rollout logprobs."""
    scale_by_std: bool = True
    """Divide advantages by the group std (GRPO); False gives Dr. GRPO's plain centring."""
    norm: Normalisation = "token"
    """Average the loss over all loss tokens (token) or per row first (sequence)."""
    credit: Credit = "run"
    """run: a run's turns join into rows; turn: each model call is its own row (prompt masked,
    completion trained) carrying the run's signal (`algorithms.base.training_rows`)."""
    sft_threshold: float = 1.0
    """SFT keeps only runs with reward >= this."""
    sft_per_group: int = 0
    """SFT keeps at most this many of a group's passing runs (a group: one task's samples in a
    step; 0 keeps all). Online (expert iteration) the passing runs are mostly of tasks every
    sample solves; repeating those crowds out the tasks that pass once in a while."""
    guidance: bool = False
    """Online SFT (expert iteration): a group where no run passed gets one run of its task's
    oracle demonstration (forced decoding of solution/solve.sh, verified like any run), so a
    family no sample solves still has a row to learn from (off-policy guidance, as LUFFY
    mixes off-policy solutions into its groups). The step's reward and pass figures, the
    log and the curriculum count only the policy's own runs."""
    replay_weight: float = 0.0
    """Weight of the KL to the base model on general chat (the base's own replies to
    `train.general_replay.PROMPTS`) added to every pass's loss, so training on tasks keeps
    the model's general language; 0 turns it off."""
    replay_rows: int = 1
    """General chat rows per pass with replay_weight > 0 (cycled in order by step). A row costs
    ~0.6 s a step on 2 cores, a second one ~0.2 s more (a forward and backward's fixed cost is
    most of it); more rows average over more text a step."""
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
    dynamic_sampling: bool = False
    """Online, for algorithms that compare runs: groups whose runs all got the same reward
    are replaced by fresh tasks until tasks_per_step groups differ (DAPO; `train.dynamic_sampling`)."""
    dynamic_max_rounds: int = 3
    """With dynamic_sampling: refill rounds a step runs at most (each only the missing groups)."""
    curriculum: bool = False
    """Online: draw tasks whose recent pass rate is strictly between 0 and 1 more often
    (`train.curriculum`)."""
    lora: LoraSettings = field(default_factory=LoraSettings)
    """Adapter shape."""
    precision: Precision = "fp32"
    """Training forward passes in float32 or under bf16 autocast (`train.precision`; the
    CLI's `auto` picks bf16 where the CPU has bf16 dot products)."""
    max_staleness: int | None = None
    """`--async`: rollouts run ahead with weights at most this many steps old (None: the
    synchronous loop; 0 is the synchronous loop too, run through the asynchronous one)."""
    behaviour_cap: float = 5.0
    """With max_staleness >= 1 (GRPO): cap of the importance weight pi_prox / pi_behaviour."""

    def __post_init__(self) -> None:
        """Rejects a config no run could use, with a message naming the field."""
        algorithm = algorithm_class(self.algo)  # an unknown name is a ValueError listing the known ones
        if self.steps < 1 or self.group_size < 1 or self.tasks_per_step < 1:
            raise ValueError("steps, group_size and tasks_per_step must be >= 1")
        if algorithm.compares_runs and self.group_size < 2:
            raise ValueError(f"{self.algo} compares runs of a group: --group-size must be >= 2")
        if self.lr <= 0 or self.clip_eps <= 0 or self.kl_beta < 0:
            raise ValueError("lr and clip_eps must be > 0, kl_beta >= 0")
        for name in ("inner_epochs", "micro_batch_rows", "checkpoint_every", "max_new_tokens", "kl_horizon",
                     "replay_rows"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be >= 1, got {getattr(self, name)}")
        for name in ("weight_decay", "max_grad_norm", "temperature", "vf_coef", "vf_clip", "ent_coef", "kl_target",
                     "replay_weight"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be >= 0, got {getattr(self, name)}")
        if self.dpo_beta <= 0:
            raise ValueError(f"dpo_beta must be > 0, got {self.dpo_beta}")
        if self.norm not in ("token", "sequence"):
            raise ValueError(f"norm must be token or sequence, got {self.norm!r}")
        if self.credit not in ("run", "turn"):
            raise ValueError(f"credit must be run or turn, got {self.credit!r}")
        if self.dynamic_sampling and not algorithm.compares_runs:
            raise ValueError(f"dynamic sampling keeps groups whose runs differ: {self.algo} does not compare runs")
        if self.guidance and self.algo != "sft":
            raise ValueError(f"guidance adds forced demonstrations, which only SFT can train on: {self.algo} "
                             "weighs runs by the policy's own sampling probabilities")
        if self.dynamic_max_rounds < 1:
            raise ValueError(f"dynamic_max_rounds must be >= 1, got {self.dynamic_max_rounds}")
        self._check_kl_and_gae()
        if self.max_staleness is not None and (self.max_staleness < 0 or self.algo not in ("grpo", "sft")):
            raise ValueError(f"--async needs --max-staleness >= 0 and grpo or sft (their losses correct for, or "
                             f"ignore, the behaviour policy), got {self.max_staleness} with {self.algo}")
        if self.behaviour_cap < 1:
            raise ValueError(f"behaviour_cap must be >= 1, got {self.behaviour_cap}")
        if self.precision not in ("fp32", "bf16"):
            raise ValueError(f"precision must be fp32 or bf16, got {self.precision!r}")
        if self.lora.r < 1 or self.lora.alpha <= 0 or not 0 <= self.lora.dropout < 1:
            raise ValueError(f"lora needs r >= 1, alpha > 0 and 0 <= dropout < 1, got {self.lora}")

    def _check_kl_and_gae(self) -> None:
        if self.kl_mode not in ("loss", "reward"):
            raise ValueError(f"kl_mode must be loss or reward, got {self.kl_mode!r}")
        if self.kl_estimator not in ("k1", "k3"):
            raise ValueError(f"kl_estimator must be k1 or k3, got {self.kl_estimator!r}")
        if self.algo != "ppo" and (self.kl_mode, self.kl_estimator, self.kl_target) != ("loss", "k3", 0.0):
            raise ValueError("kl_mode, kl_estimator and kl_target are PPO's; "
                             f"{self.algo} keeps a fixed kl_beta on k3 in the loss")
        if self.kl_target and not self.kl_beta:
            raise ValueError("kl_target adapts kl_beta by ratios: give a starting kl_beta > 0")
        if not (0 <= self.gamma <= 1 and 0 <= self.gae_lambda <= 1):
            raise ValueError(f"gamma and gae_lambda must be in [0, 1], got {self.gamma} and {self.gae_lambda}")

    def check_resumes(self, saved: "TrainConfig") -> None:
        """Refuses to continue a checkpoint trained with `saved` under this config when any
        field outside RESUME_MAY_DIFFER differs; the message names every such field."""
        ours, theirs = _flat(self.to_dict()), _flat(saved.to_dict())
        differing = [f"{key} (checkpoint {theirs.get(key)!r}, requested {ours.get(key)!r})"
                     for key in sorted(ours.keys() | theirs.keys())
                     if key.split(".")[0] not in RESUME_MAY_DIFFER and ours.get(key) != theirs.get(key)]
        if differing:
            raise ValueError("--resume: the checkpoint was trained with a different "
                             f"{', '.join(differing)}; use its values or a new --out")

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "TrainConfig":
        data = dict(data)
        if "max_agent_steps" in data:  # the field's name in checkpoints saved before max_turns
            data["max_turns"] = data.pop("max_agent_steps")
        unknown = sorted(set(data) - {f.name for f in fields(cls)})
        if unknown:
            raise ValueError(f"saved training config has fields this version does not know: {', '.join(unknown)}")
        data["lora"] = LoraSettings(**data.get("lora", {}))
        return cls(**data)


def _flat(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested dicts as one level with dotted keys ({"lora": {"r": 8}} -> {"lora.r": 8})."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            out.update(_flat(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out

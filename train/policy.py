"""The trained policy: LoRA adapters (peft) on the HF model the engine was loaded from.

The frozen reference for the KL term is the same network with the adapters switched off,
so no second copy of the weights is kept. After each optimizer step the adapters' factors
(A, B and scaling of each adapted layer, under HF names) go to the engine, which serves them
beside its base weights. Its forward passes attend with `train.attention` (eager for the
small batches of a LoRA step, where it is faster on the CPU than SDPA).
"""

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import torch
from peft import LoraConfig, PeftModel, get_peft_model, set_peft_model_state_dict
from peft.tuners.lora import LoraLayer
from peft.utils import get_peft_model_state_dict

from loopwright.train.attention import use_training_attention
from loopwright.train.batch import TokenBatch, loss_logits, sequence_logprobs, target_logprobs
from loopwright.train.precision import Precision
from loopwright.train.value_head import ValueHead

DEFAULT_TARGETS = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]


@dataclass(slots=True)
class LoraSettings:
    r: int = 16
    """Rank of the adapters."""
    alpha: int = 32
    """Scale numerator: the update is (alpha / r) * B @ A."""
    dropout: float = 0.0
    """Dropout on the adapter input (0 keeps rollout and training logprobs comparable)."""
    target_modules: list[str] = field(default_factory=lambda: list(DEFAULT_TARGETS))
    """Linear layers that get adapters (Llama-family names)."""
    layers: int | None = None
    """Adapters only in the last `layers` decoder layers (None: in all). The backward pass
    stops at the lowest adapted layer, so a step costs less: SFT on the learn bench's files
    demonstrations, two epochs, with the last 12 of SmolLM2's 30 layers took 105 s instead of
    183 (held-out NLL 0.078 vs 0.063, and lower at equal time: the full model was at ~0.11
    after 105 s); in the 40-minute learn bench SFT then passed 4.7 points less (session 37)."""

    def layer_indices(self, num_layers: int) -> list[int] | None:
        """The adapted decoder layers' indices (None: all), checked against the model's."""
        if self.layers is None:
            return None
        if not 1 <= self.layers <= num_layers:
            raise ValueError(f"LoRA layers must be between 1 and the model's {num_layers}, got {self.layers}")
        return list(range(num_layers - self.layers, num_layers))


@dataclass(slots=True)
class TokenScores:
    """What one forward pass says about each target position of a batch."""

    logits: torch.Tensor
    """[B, T-1, V] next-token logits (for the entropy of the whole distribution)."""
    logprobs: torch.Tensor
    """[B, T-1] log-probability of the recorded next token."""
    values: torch.Tensor | None
    """[B, T-1] value of the state before each target token; None without a value head."""


class LoraPolicy:
    def __init__(self, model: PeftModel) -> None:
        self.model = model
        self.model.train()
        use_training_attention(model)
        self.value_head: ValueHead | None = None
        """PPO's critic on the last hidden state (`attach_value_head`); trained and
        checkpointed beside the adapters, never merged into the engine's weights."""
        self.precision: Precision = "fp32"
        """bf16: the forward passes run under bf16 autocast (matmuls on the CPU's bf16 dot
        products: a training step 2.8x faster on an AVX512-BF16 EPYC, `train.precision`); weights, adapters,
        gradients, AdamW and the logprobs stay float32. Set from `TrainConfig.precision`."""

    @classmethod
    def wrap(cls, hf_model: torch.nn.Module, settings: LoraSettings | None = None) -> "LoraPolicy":
        """Fresh adapters (B = 0, so the policy starts equal to the base model)."""
        settings = settings or LoraSettings()
        _freeze(hf_model)
        config = LoraConfig(
            r=settings.r,
            lora_alpha=settings.alpha,
            lora_dropout=settings.dropout,
            target_modules=settings.target_modules,
            layers_to_transform=settings.layer_indices(hf_model.config.num_hidden_layers),
            bias="none",
            task_type="CAUSAL_LM",
        )
        return cls(get_peft_model(hf_model, config))

    @classmethod
    def from_adapter(cls, hf_model: torch.nn.Module, adapter_dir: Path) -> "LoraPolicy":
        """Adapters saved by `save_adapter` (a `train --out` folder's `adapter/`)."""
        _freeze(hf_model)
        return cls(PeftModel.from_pretrained(hf_model, str(adapter_dir), is_trainable=True))

    def attach_value_head(self) -> None:
        """A fresh (zero) float32 value head on the model's last hidden state."""
        device = next(self.model.parameters()).device
        self.value_head = ValueHead(self.model.config.hidden_size).to(device)

    def trainable_parameters(self) -> list[torch.nn.Parameter]:
        """The adapters, then the value head's weights when one is attached."""
        params = [p for p in self.model.parameters() if p.requires_grad]
        return params + (list(self.value_head.parameters()) if self.value_head is not None else [])

    def token_logprobs(self, batch: TokenBatch) -> torch.Tensor:
        """Policy logprobs with gradient. -> [B, T-1]"""
        with self.autocast():
            return target_logprobs(self.model, batch)

    def scores(self, batch: TokenBatch) -> TokenScores:
        """Logits, logprobs and (with a value head) values from one forward, with gradient."""
        with_values = self.value_head is not None
        with self.autocast():
            out = self.model(input_ids=batch.input_ids, attention_mask=batch.attention_mask,
                             output_hidden_states=with_values)
            values = self.value_head(out.hidden_states[-1][:, :-1]).float() if with_values else None  # [B, T-1]
        logits = out.logits.float()
        return TokenScores(logits[:, :-1], sequence_logprobs(logits, batch.input_ids), values)

    def loss_logits(self, batch: TokenBatch, reference: bool = False) -> torch.Tensor:
        """Next-token logits at the batch's loss positions (`batch.loss_logits`), with gradient
        (of the frozen base, adapters off, when `reference`). -> [N, V]"""
        with self.model.disable_adapter() if reference else contextlib.nullcontext(), self.autocast():
            return loss_logits(self.model, batch)

    @torch.no_grad()
    def reference_logprobs(self, batch: TokenBatch) -> torch.Tensor:
        """Logprobs of the frozen base model (adapters off). -> [B, T-1]"""
        with self.model.disable_adapter(), self.autocast():
            return target_logprobs(self.model, batch)

    def autocast(self) -> contextlib.AbstractContextManager:
        """The context of a forward pass in this policy's precision."""
        if self.precision == "fp32":
            return contextlib.nullcontext()
        return torch.autocast(next(self.model.parameters()).device.type, dtype=torch.bfloat16)

    @torch.no_grad()
    def merged_state_dict(self) -> dict[str, torch.Tensor]:
        """Base + LoRA delta of every adapted layer, keyed by the HF parameter name."""
        return {key: (module.get_base_layer().weight + module.get_delta_weight("default")).detach().clone()
                for key, module in self._adapted_layers()}

    @torch.no_grad()
    def lora_factors(self) -> dict[str, tuple[torch.Tensor, torch.Tensor, float]]:
        """(A, B, scaling) of every adapted layer, keyed like `merged_state_dict`: whoever holds
        the base weights merges W + scaling * B @ A itself, from a few MB instead of the layers."""
        return {key: (module.lora_A["default"].weight.detach().clone(), module.lora_B["default"].weight.detach().clone(),
                      float(module.scaling["default"]))
                for key, module in self._adapted_layers()}

    def _adapted_layers(self) -> Iterator[tuple[str, LoraLayer]]:
        for name, module in self.model.named_modules():
            if isinstance(module, LoraLayer) and "default" in module.lora_A:
                yield name.removeprefix("base_model.model.") + ".weight", module

    def adapter_state(self) -> dict[str, torch.Tensor]:
        return {k: v.detach().clone() for k, v in get_peft_model_state_dict(self.model).items()}

    def load_adapter_state(self, state: dict[str, torch.Tensor]) -> None:
        set_peft_model_state_dict(self.model, state)

    def save_adapter(self, out_dir: Path) -> None:
        """peft's own layout (adapter_config.json + weights), loadable by `--adapter`."""
        self.model.save_pretrained(str(out_dir))



def _freeze(hf_model: torch.nn.Module) -> None:
    for param in hf_model.parameters():
        param.requires_grad_(False)

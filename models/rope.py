"""Rotary position embeddings as a precomputed cos/sin table, with the config's theta and scaling.

Inverse frequencies come from transformers' own RoPE initialisers (default, linear,
llama3, yarn, ...), so every scaling type HF supports gives the same angles here; the
table is built once in fp32 and cast to the model dtype, as HF does per step. Dynamic
NTK scaling, which changes the angles with the sequence length, is used at its initial
(short-context) setting.
"""

import torch
from transformers import PretrainedConfig


def inverse_frequencies(config: PretrainedConfig, head_dim: int) -> tuple[torch.Tensor, float]:
    """(inv_freq [head_dim / 2] fp32, attention scaling applied to cos and sin)."""
    rope = getattr(config, "rope_parameters", None) or {}
    rope_type = rope.get("rope_type", "default")
    if rope_type == "default":
        theta = rope.get("rope_theta", getattr(config, "rope_theta", 10000.0))
        return 1.0 / (theta ** (torch.arange(0, head_dim, 2, dtype=torch.float) / head_dim)), 1.0
    from transformers.modeling_rope_utils import ROPE_INIT_FUNCTIONS

    inv_freq, scaling = ROPE_INIT_FUNCTIONS[rope_type](config, "cpu")
    return inv_freq.float(), float(scaling)


class RotaryTable:
    """cos/sin for every position up to the model's maximum: [max_positions, head_dim]."""

    def __init__(self, config: PretrainedConfig, head_dim: int, dtype: torch.dtype):
        inv_freq, scaling = inverse_frequencies(config, head_dim)
        positions = torch.arange(config.max_position_embeddings, dtype=torch.float)
        freqs = torch.outer(positions, inv_freq)  # [P, head_dim / 2]
        emb = torch.cat((freqs, freqs), dim=-1)  # [P, head_dim]
        self.cos = (emb.cos() * scaling).to(dtype)
        self.sin = (emb.sin() * scaling).to(dtype)
        self.half = head_dim // 2

    def lookup(self, positions: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        # positions: [T] -> cos, sin: [T, 1, head_dim] (broadcast over heads)
        return self.cos[positions].unsqueeze(1), self.sin[positions].unsqueeze(1)

    def apply(self, x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
        # x: [T, heads, head_dim]; rotate-half layout (HF's, de-permuted from GGUF)
        x1, x2 = x[..., : self.half], x[..., self.half :]
        return x * cos + torch.cat((-x2, x1), dim=-1) * sin

"""The attention the trained policy's forward passes use: eager for small batches, SDPA for large.

On the CPU, PyTorch's SDPA (flash attention for CPU) costs more than plain matmul + softmax
at the sizes a LoRA step of agent rows has (4 rows of 250-380 tokens sharing a prefix:
a whole SFT step 1.13-1.21x faster with eager on an AVX512-BF16 EPYC, `bench.train_step`), but
eager keeps every layer's [rows, heads, queries, keys] weights for the backward, which grows
with the square of the length. So each call picks: eager while that matrix has at most
`EAGER_MAX_SCORES` entries (~80 MB a layer saved for the backward), SDPA beyond. Both are
exact attention; they differ by rounding only.

Registered with transformers' attention and mask interfaces under `TRAINING_ATTENTION`; the
mask is eager's additive one, which SDPA takes as well.
"""

import torch

TRAINING_ATTENTION = "loopwright_training"

EAGER_MAX_SCORES = 8 * 1024 * 1024
"""Most rows x heads x queries x keys of one layer's attention computed eagerly."""


def training_attention(module: torch.nn.Module, query: torch.Tensor, key: torch.Tensor, value: torch.Tensor,
                       attention_mask: torch.Tensor | None, **kwargs) -> tuple[torch.Tensor, torch.Tensor | None]:
    """query [B, H, Q, D], key/value [B, H_kv, K, D] -> ([B, Q, H, D], weights or None)."""
    from transformers.integrations.sdpa_attention import sdpa_attention_forward
    from transformers.models.llama.modeling_llama import eager_attention_forward

    rows, heads, queries, _ = query.shape
    if rows * heads * queries * key.shape[2] <= EAGER_MAX_SCORES:
        return eager_attention_forward(module, query, key, value, attention_mask, **kwargs)
    return sdpa_attention_forward(module, query, key, value, attention_mask, **kwargs)


def use_training_attention(model: torch.nn.Module) -> None:
    """Makes `model` (an HF model, or a PEFT model around one) attend with `training_attention`."""
    from transformers import AttentionInterface
    from transformers.masking_utils import AttentionMaskInterface, eager_mask

    AttentionInterface.register(TRAINING_ATTENTION, training_attention)
    AttentionMaskInterface.register(TRAINING_ATTENTION, eager_mask)
    base = model.get_base_model() if hasattr(model, "get_base_model") else model
    base.set_attn_implementation(TRAINING_ATTENTION)

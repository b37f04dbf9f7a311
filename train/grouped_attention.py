"""Attention for bf16 training steps on a CPU: each KV head's query heads as one matrix.

A training batch is right-padded, so HF builds an attention mask, and with a mask its SDPA
path repeats every KV head for each of its query heads and runs torch's CPU flash-attention
kernel, whose backward is slow at these sizes: SmolLM2-135M (9 query heads over 3 KV heads),
4 rows of ~300 tokens after a 129-token shared prefix took ~36 ms a layer forward and backward
in bf16, about a quarter of a SFT step. Here the query heads of a KV head are stacked into one
[heads x tokens, dim] matrix, so scores and weighted values are two batched matmuls against
the unrepeated keys and values, and autograd's backward is two more: ~14 ms a layer (session
29, AVX-512 EPYC, 2 threads). fp32 steps keep SDPA, which is faster there.

Registered under `GROUPED`, with HF's SDPA mask (boolean, True where a query may look; None
where the batch needs only the causal rule); `LoraPolicy` sets it on the model it trains.
"""

import torch
from transformers import AttentionInterface
from transformers.integrations.sdpa_attention import sdpa_attention_forward
from transformers.masking_utils import AttentionMaskInterface, sdpa_mask

GROUPED = "loopwright_grouped"


def in_bf16(query: torch.Tensor) -> bool:
    """Whether this attention's products run in bf16: a bf16 query, or bf16 autocast (where RoPE's
    fp32 tables hand the query over in fp32)."""
    device = query.device.type
    return query.dtype == torch.bfloat16 or (torch.is_autocast_enabled(device)
                                             and torch.get_autocast_dtype(device) == torch.bfloat16)


def grouped_attention(
    module: torch.nn.Module, query: torch.Tensor, key: torch.Tensor, value: torch.Tensor,
    attention_mask: torch.Tensor | None, dropout: float = 0.0, scaling: float | None = None, **kwargs,
) -> tuple[torch.Tensor, None]:
    """query [B, H, Q, D], key and value [B, KV, K, D], attention_mask [B, 1, Q, K] (bool, or
    additive) or None (causal, the queries being the last Q positions) -> ([B, Q, H, D], None),
    as HF's attention functions return."""
    if not in_bf16(query):
        return sdpa_attention_forward(module, query, key, value, attention_mask, dropout=dropout, scaling=scaling,
                                      **kwargs)
    batch, heads, queries, dim = query.shape
    kv_heads, keys = key.shape[1], key.shape[2]
    group = heads // kv_heads
    scale = dim**-0.5 if scaling is None else scaling
    # heads h of KV head h // group are adjacent: [B, KV, group x Q, D]
    scores = query.reshape(batch, kv_heads, group * queries, dim) @ key.transpose(-1, -2)
    scores = scores.view(batch, kv_heads, group, queries, keys) * scale
    causal = kwargs.get("is_causal")
    if attention_mask is None and queries > 1 and (getattr(module, "is_causal", True) if causal is None else causal):
        attention_mask = torch.ones(queries, keys, dtype=torch.bool, device=query.device).tril(keys - queries)
    if attention_mask is not None:
        mask = attention_mask.view(-1, 1, 1, queries, keys) if attention_mask.dim() == 4 else attention_mask
        if mask.dtype != torch.bool:  # an additive mask
            scores = scores + mask
        else:  # the lowest finite score, not -inf: a row with nothing to look at (padding) stays finite
            scores = scores.masked_fill(~mask, torch.finfo(scores.dtype).min)
    probs = scores.softmax(-1)
    if dropout and module.training:
        probs = torch.nn.functional.dropout(probs, dropout)
    out = probs.view(batch, kv_heads, group * queries, keys) @ value  # [B, KV, group x Q, D]
    return out.view(batch, heads, queries, dim).transpose(1, 2).contiguous(), None


AttentionInterface.register(GROUPED, grouped_attention)
AttentionMaskInterface.register(GROUPED, sdpa_mask)

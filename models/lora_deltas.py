"""A LoRA adapter as low-rank deltas on our fused matrices, so an engine serves it without
merging it into the weights (merged weights are no longer the GGUF file's blocks, and
decoding would fall back to the dense fp32 matrices).

Factors come as the trainer has them (`train.policy.LoraPolicy.lora_factors`): HF weight name
-> (A [r, in], B [out, r], scaling). A fused matrix (q|k|v, gate|up) gets one delta: its
parts' A stacked, and their scaled B placed block-diagonally on their rows.
"""

import re

import torch

from loopwright.kernels import LayerDeltas, LowRank

LoraFactors = dict[str, tuple[torch.Tensor, torch.Tensor, float]]
"""HF weight name ('model.layers.3.self_attn.q_proj.weight') -> (A [r, in], B [out, r], scaling)."""

FusedRows = dict[str, tuple[str, slice]]
"""HF projection name ('self_attn.k_proj') -> (our fused matrix, its rows in it)."""

_KEY = re.compile(r"model\.layers\.(\d+)\.(.+)\.weight")


def fused_deltas(factors: LoraFactors, rows: FusedRows, layers: list) -> list[LayerDeltas]:
    """Per layer, the delta of each fused matrix (None where no part of it is adapted).
    `layers` are the model's LayerWeights (for output sizes); unknown names are an error."""
    parts: dict[tuple[int, str], list[tuple[slice, torch.Tensor, torch.Tensor]]] = {}
    for key, (a, b, scaling) in factors.items():
        match = _KEY.fullmatch(key)
        if match is None or match[2] not in rows or int(match[1]) >= len(layers):
            raise KeyError(f"an adapter for a weight our forward does not have: {key}")
        index, (fused, part_rows) = int(match[1]), rows[match[2]]
        dense = getattr(layers[index], fused)
        width = len(range(*part_rows.indices(dense.shape[0])))
        if a.shape[1] != dense.shape[1] or b.shape != (width, a.shape[0]):
            raise ValueError(f"{key}: factors A {tuple(a.shape)}, B {tuple(b.shape)} do not fit a "
                             f"[{width}, {dense.shape[1]}] weight")
        parts.setdefault((index, fused), []).append((part_rows, a.float(), scaling * b.float()))
    deltas = [LayerDeltas(None, None, None, None) for _ in layers]
    for (index, fused), pieces in parts.items():
        down = torch.cat([a for _, a, _ in pieces]).contiguous()
        up = torch.zeros(getattr(layers[index], fused).shape[0], down.shape[0])
        blocks, column = [], 0
        for part_rows, a, b in pieces:
            up[part_rows, column:column + a.shape[0]] = b
            first, end, _ = part_rows.indices(up.shape[0])
            blocks.append((first, end, column, column + a.shape[0]))
            column += a.shape[0]
        setattr(deltas[index], fused, LowRank(down, up, torch.tensor(blocks, dtype=torch.long)))
    return deltas

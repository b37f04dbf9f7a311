"""The quantized matrices of a GGUF file under their HF parameter names.

transformers de-quantizes a GGUF into the fp32 weights our forward copies; this module
reads the same tensors' raw blocks so the forward can run decode matmuls on them instead
(`kernels.gguf_matmul`). Names and the Llama Q/K row order follow transformers' GGUF
loader; the forward only adopts a matrix after checking its de-quantized blocks equal the
dense weight it holds, so a mismatch here costs speed, never correctness.
"""

from pathlib import Path

import numpy as np
import torch
from loopwright.kernels.gguf_matmul import BLOCK_BYTES, QuantizedMatrix

LAYER_NAMES = {
    "attn_q": "self_attn.q_proj", "attn_k": "self_attn.k_proj", "attn_v": "self_attn.v_proj",
    "attn_output": "self_attn.o_proj", "ffn_gate": "mlp.gate_proj", "ffn_up": "mlp.up_proj",
    "ffn_down": "mlp.down_proj",
}
PERMUTED_ARCHITECTURES = ("llama", "mistral")
"""llama.cpp's converter interleaves Q/K rows for its RoPE layout in these; transformers undoes it."""


def _hf_name(gguf_name: str) -> str | None:
    if gguf_name == "token_embd.weight":
        return "model.embed_tokens.weight"
    if gguf_name == "output.weight":
        return "lm_head.weight"
    parts = gguf_name.split(".")
    if len(parts) == 4 and parts[0] == "blk" and parts[2] in LAYER_NAMES and parts[3] == "weight":
        return f"model.layers.{parts[1]}.{LAYER_NAMES[parts[2]]}.weight"
    return None


def _unpermute_rows(rows: np.ndarray, heads: int) -> np.ndarray:
    """transformers' `reverse_permute_weights`, applied to whole rows of blocks."""
    half = rows.shape[0] // heads // 2
    return rows.reshape(heads, half, 2, -1).swapaxes(2, 1).reshape(rows.shape)


def read_quantized_matrices(gguf_path: str | Path, config) -> dict[str, QuantizedMatrix]:
    """HF parameter name -> blocks, for every Q4_1/Q8_0 matrix of the file (others are skipped)."""
    from gguf import GGUFReader

    reader = GGUFReader(str(gguf_path))
    heads = config.num_attention_heads
    kv_heads = getattr(config, "num_key_value_heads", None) or heads
    permuted = config.model_type in PERMUTED_ARCHITECTURES
    matrices: dict[str, QuantizedMatrix] = {}
    for tensor in reader.tensors:
        name = _hf_name(tensor.name)
        if name is None or tensor.tensor_type.name not in BLOCK_BYTES:
            continue
        rows = np.asarray(tensor.data)  # [out_features, bytes per row], a view of the mapped file
        if permuted and name.endswith("q_proj.weight"):
            rows = _unpermute_rows(rows, heads)
        elif permuted and name.endswith("k_proj.weight"):
            rows = _unpermute_rows(rows, kv_heads)
        in_features = int(tensor.shape[0])  # GGUF lists dimensions innermost first
        blocks = torch.from_numpy(np.ascontiguousarray(rows).copy())
        matrices[name] = QuantizedMatrix.from_blocks(tensor.tensor_type.name, blocks, in_features)
    return matrices

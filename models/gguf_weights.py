"""The quantized matrices of a GGUF file under their HF parameter names.

transformers de-quantizes a GGUF into the fp32 weights our forward copies; this module
reads the same tensors' raw blocks so the forward can run decode matmuls on them instead
(`loopwright.kernels.QuantizedMatrix`). Names and the Llama Q/K row order follow transformers' GGUF
loader; the forward only adopts a matrix after checking its de-quantized blocks equal the
dense weight it holds, so a mismatch here costs speed, never correctness. gguf-py parses
every metadata string (the whole vocabulary) before it gives a tensor, ~5 s here, so the
packed matrices are cached next to the de-quantized model and later loads take ~0.1 s.
"""

import logging
import os
import tempfile
from pathlib import Path

import numpy as np
import torch

from loopwright.kernels import BLOCK_BYTES, QuantizedMatrix
from loopwright.models.loading import gguf_cache_path

log = logging.getLogger(__name__)
CACHE_FILE = "gguf-blocks-v1.pt"

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
    cache = gguf_cache_path(Path(gguf_path)) / CACHE_FILE
    if cache.is_file():
        try:
            saved = torch.load(cache, weights_only=True)
            return {name: QuantizedMatrix(**fields) for name, fields in saved.items()}
        except Exception as exc:  # torn or from another version: read the file again
            log.warning("ignoring the block cache %s (%s)", cache, exc)
    matrices = _read_file(gguf_path, config)
    _save(matrices, cache)
    return matrices


def _save(matrices: dict[str, QuantizedMatrix], cache: Path) -> None:
    """Written whole or not at all (a temp file renamed), so a killed process leaves no torn cache."""
    cache.parent.mkdir(parents=True, exist_ok=True)
    fields = {name: {"kind": m.kind, "codes": m.codes, "scales": m.scales, "mins": m.mins,
                     "in_features": m.in_features} for name, m in matrices.items()}
    fd, staging = tempfile.mkstemp(dir=cache.parent, prefix="staging-", suffix=".pt")
    os.close(fd)
    try:
        torch.save(fields, staging)
        os.replace(staging, cache)
    except (OSError, RuntimeError) as exc:  # an unwritable cache costs the next start a re-read, nothing else
        log.warning("could not cache GGUF blocks at %s: %s", cache, exc)
        Path(staging).unlink(missing_ok=True)


def _read_file(gguf_path: str | Path, config) -> dict[str, QuantizedMatrix]:
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

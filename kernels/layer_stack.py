"""A model's decoder layers as one C++ call per engine step (`csrc/layer_stack.cpp`), prefill and decode.

A decode step of a small model is ~20 tensor ops per layer; in PyTorch each costs a few
microseconds of dispatch and Python, which at 30 layers is as long as the matmuls
themselves, and attention first gathers the paged cache into a padded buffer. The C++
stack runs the same layers with no dispatch between ops and reads the cache in place
(decode), or gathers each sequence once per layer for SDPA (prefill). It holds the model's
own tensors (dense weights are views, so a weight load updates them in place); only GGUF
blocks and adapter deltas are swapped, and then the model builds a new stack.

The layer containers below are the stack's input format (csrc's `DecoderLayer`); the model
keeps its weights in them.
"""

from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol

import torch
import torch.nn.functional as F

if TYPE_CHECKING:
    from loopwright.kernels.gguf_matmul import QuantizedMatrix

STACK_DTYPES = (torch.float32, torch.bfloat16)
"""Model dtypes the stack runs: their weights and KV cache are read as stored, the residual
stream and the math are fp32 (a bf16 engine keeps its memory use, with fp32 accuracy)."""


@dataclass(slots=True)
class LayerWeights:
    """One decoder layer's dense tensors (q|k|v and gate|up fused, so a step runs few matmuls)."""

    input_norm: torch.Tensor  # [hidden]
    qkv: torch.Tensor  # [(heads + 2 * kv_heads) * head_dim, hidden]
    qkv_bias: torch.Tensor | None  # [(heads + 2 * kv_heads) * head_dim] (Qwen2)
    q_norm: torch.Tensor | None  # [head_dim] (Qwen3)
    k_norm: torch.Tensor | None  # [head_dim] (Qwen3)
    o_proj: torch.Tensor  # [hidden, heads * head_dim]
    post_norm: torch.Tensor  # [hidden]
    gate_up: torch.Tensor  # [2 * intermediate, hidden]
    down: torch.Tensor  # [hidden, intermediate]


@dataclass(slots=True)
class QuantizedLayer:
    """A layer's matrices as GGUF blocks, where the file had them (None: dense only)."""

    qkv: "QuantizedMatrix | None"
    o_proj: "QuantizedMatrix | None"
    gate_up: "QuantizedMatrix | None"
    down: "QuantizedMatrix | None"


@dataclass(slots=True)
class LowRank:
    """A LoRA adapter's delta on one (fused) matrix, served without merging it into the weight:
    y = W x + up @ (down @ x). Merging would change the weight, so it would no longer be the
    GGUF file's blocks and decoding would fall back to the dense fp32 matrices (several times
    the bytes a step reads); the delta costs two rank-r matmuls."""

    down: torch.Tensor  # [rank, in] float32 (A; fused matrices stack their parts' A)
    up: torch.Tensor  # [out, rank] float32 (scaling * B; block-diagonal over fused parts)
    blocks: torch.Tensor
    """[parts, 4] int64: (first output, end output, first rank, end rank) of each block of `up`
    that is not all zeros (a fused matrix's parts), so the stack reads only those."""

    def apply(self, x: torch.Tensor) -> torch.Tensor:
        return F.linear(F.linear(x.float(), self.down), self.up).to(x.dtype)


@dataclass(slots=True)
class LayerDeltas:
    """A layer's adapter deltas (None: that matrix has no adapter)."""

    qkv: LowRank | None
    o_proj: LowRank | None
    gate_up: LowRank | None
    down: LowRank | None


class DecoderWeights(Protocol):
    """What the stack reads from a model (models.llama.LlamaForward has it)."""

    dtype: torch.dtype
    num_heads: int
    num_kv_heads: int
    head_dim: int
    eps: float
    scale: float
    layers: list[LayerWeights]
    quantized_layers: list[QuantizedLayer] | None
    deltas: list[LayerDeltas] | None
    lm_head: torch.Tensor
    quantized_head: "QuantizedMatrix | None"
    packed_panels: dict[tuple[str, int, bool], Any]
    """bf16 panels of the model's weights packed so far (`PanelRouting.panels`); the model empties
    it when its weights or blocks change."""

    def decodes_int8(self) -> bool:
        """Whether some matmul of a decode step runs from GGUF blocks with int8 activations."""
        ...


@dataclass(frozen=True, slots=True)
class PanelRouting:
    """Which batches multiply by bf16 panels (bf16_panels.cpp), and panels of what: every
    prefill step and decode steps of `from_rows` rows or more (backends.bf16_panels)."""

    from_rows: int
    rounded: bool
    """True: panels of the weights rounded to bf16 (x rounded too); False: of the GGUF codes,
    exact in bf16, with x in two bf16 halves (a weight without blocks gets rounded panels)."""

    def panels(self, kernels: ModuleType, model: DecoderWeights, dense: torch.Tensor, blocks: Any | None,
               in_features: int) -> Any:
        """The panels of one of the model's matrices: `dense` [out, in] float32, `blocks` its GGUF
        blocks as the kernels take them (QuantizedMatrix.for_kernel) or None. Packed once and kept
        in `model.packed_panels`: an adapter swap rebuilds the stack, and packing every weight again
        took ~0.6 s of each RL step's publish (SmolLM2-135M, 2 cores)."""
        rounded = self.rounded or blocks is None
        key = (kernels.__name__, id(dense), rounded)
        if key not in model.packed_panels:
            model.packed_panels[key] = kernels.Bf16Panels(dense) if rounded else kernels.Bf16Panels(blocks, in_features)
        return model.packed_panels[key]


def int8_panels_of(kernels: ModuleType, model: DecoderWeights, blocks: "QuantizedMatrix") -> Any:
    """The int8 panels (int8_panels.cpp) of one of the model's int8-path block matrices, packed
    once and kept in `model.packed_panels` as the bf16 ones (SmolLM2-135M: ~0.4 s in all)."""
    key = (kernels.__name__, id(blocks.codes), "int8")
    if key not in model.packed_panels:
        model.packed_panels[key] = kernels.Int8Panels(blocks.for_kernel(kernels), blocks.in_features)
    return model.packed_panels[key]


def build_layer_stack(kernels: ModuleType, model: DecoderWeights, panels: PanelRouting | None = None,
                      int8_panels: bool = False) -> Any:
    """The extension's `LayerStack` over the model's layers: `.prefill(...)` and `.decode(...)`;
    with bf16 panels serving the batches `panels` routes to them and every batch the blocks do
    not (None: no panels), and with `int8_panels` the int8-path blocks' batches on int8 panels."""
    routing = {} if panels is None else {"panels_from_rows": panels.from_rows}

    def linear(dense: torch.Tensor, blocks: "QuantizedMatrix | None", delta: LowRank | None) -> Any:
        quantized = blocks.for_kernel(kernels) if blocks is not None else None
        packed = None if panels is None else panels.panels(kernels, model, dense, quantized, dense.shape[1])
        int8 = int8_panels_of(kernels, model, blocks) if int8_panels and blocks is not None and not blocks.exact else None
        low_rank = (delta.down, delta.up.t().contiguous(), delta.blocks) if delta is not None else (None, None, None)
        return kernels.Linear(dense, quantized, *low_rank, panels=packed, int8_panels=int8, **routing)

    def fp32(vector: torch.Tensor | None) -> torch.Tensor | None:
        """Norm weights and biases as the stack reads them (copies for bf16: a weight update
        rebuilds the stack, see LlamaForward.load)."""
        return None if vector is None else vector.float()

    stack = kernels.LayerStack(model.num_heads, model.num_kv_heads, model.head_dim, model.eps, model.scale)
    none = QuantizedLayer(None, None, None, None)
    quantized = model.quantized_layers or [none] * len(model.layers)
    deltas = model.deltas or [LayerDeltas(None, None, None, None)] * len(model.layers)
    for layer, blocks, delta in zip(model.layers, quantized, deltas, strict=True):
        stack.add_layer(
            fp32(layer.input_norm), fp32(layer.post_norm),
            linear(layer.qkv, blocks.qkv, delta.qkv), linear(layer.o_proj, blocks.o_proj, delta.o_proj),
            linear(layer.gate_up, blocks.gate_up, delta.gate_up), linear(layer.down, blocks.down, delta.down),
            fp32(layer.qkv_bias), fp32(layer.q_norm), fp32(layer.k_norm),
        )
    return stack

"""Our Llama-family forward (SmolLM, Llama 3, Qwen2/2.5/3, Mistral) over the paged KV cache.

Weights are copied out of the HF model into fused tensors (q|k|v, gate|up) so one decode
step is a handful of large matmuls per layer; `param_views` maps every HF parameter name
onto its slice of those tensors, which is how both loading and `update_weights` write
them; a LoRA adapter can instead be served beside them as low-rank deltas
(`set_adapter`), which keeps the GGUF blocks in use. Every kernel (attention, the C++ layer
stack, GGUF block matmuls) is reached only through `loopwright.kernels`, which chooses the
backend.
"""

from dataclasses import dataclass

import torch
import torch.nn.functional as F
from transformers import PretrainedConfig

from loopwright.kernels import (
    LayerDeltas,
    LayerWeights,
    QuantizedLayer,
    QuantizedMatrix,
    flash_attention,
    head_linear_for,
    layer_stack_for,
    linear,
    paged_decode_attention,
    stack_rows,
    write_kv_cache,
)
from loopwright.models.lora_deltas import FusedRows, LoraFactors, fused_deltas
from loopwright.models.rope import RotaryTable


@dataclass(slots=True)
class AttentionMetadata:
    """Everything attention needs for one step, built once per step by the model runner."""

    slot_mapping: torch.Tensor
    """[num_tokens] int64 cache slot of each new token."""
    is_prefill: bool
    """Prefill steps run varlen flash attention; decode steps one query per sequence."""
    cu_seqlens_q: torch.Tensor | None = None
    """Prefill: [batch + 1] int32 offsets of each sequence's new tokens."""
    cu_seqlens_k: torch.Tensor | None = None
    """Prefill: [batch + 1] int32 offsets of each sequence's whole context."""
    max_seqlen_q: int = 0
    max_seqlen_k: int = 0
    block_tables: torch.Tensor | None = None
    """[batch, max_blocks] int32; for prefill only set when some sequence has a cached prefix."""
    prefill_block_tables: torch.Tensor | None = None
    """Prefill: [batch, max_blocks] int32 of every sequence; the C++ stack reads K/V from the cache."""
    context_lens: torch.Tensor | None = None
    """Decode: [batch] int32 tokens in each sequence's context, the new one included."""


def head_dim_of(config: PretrainedConfig) -> int:
    """Size of one attention head: the config's `head_dim` where it sets one (Qwen3), else hidden / heads."""
    return getattr(config, "head_dim", None) or config.hidden_size // config.num_attention_heads


class LlamaForward:
    """The decoder stack as plain tensors; `forward` runs one engine step's packed tokens."""

    def __init__(self, config: PretrainedConfig, state_dict: dict[str, torch.Tensor], dtype: torch.dtype):
        self.config = config
        self.dtype = dtype
        self.num_heads = config.num_attention_heads
        self.num_kv_heads = getattr(config, "num_key_value_heads", None) or self.num_heads
        self.head_dim = head_dim_of(config)
        self.num_layers = config.num_hidden_layers
        self.eps = config.rms_norm_eps
        self.scale = self.head_dim**-0.5
        self.rope = RotaryTable(config, self.head_dim, dtype)
        self._allocate(state_dict)
        self._head = None  # the LM head's C++ Linear, built with the stack (see _stack)
        self.load(state_dict)  # also sets quantized_layers / quantized_head (none yet)

    def _allocate(self, state: dict[str, torch.Tensor]) -> None:
        hidden, inter = self.config.hidden_size, self.config.intermediate_size
        q_out, kv_out = self.num_heads * self.head_dim, self.num_kv_heads * self.head_dim

        def empty(*shape: int) -> torch.Tensor:
            return torch.empty(*shape, dtype=self.dtype)

        def matrix(out_features: int, in_features: int) -> torch.Tensor:
            """[out, in] view of [in, out] storage: MKL's decode-sized matmuls (1-8 rows) run
            1.3-1.7x faster on it than on row-major [out, in] (measured on the LM head and MLP)."""
            return empty(in_features, out_features).t()

        self.tied = "lm_head.weight" not in state or getattr(self.config, "tie_word_embeddings", False)
        self.lm_head = matrix(self.config.vocab_size, hidden)
        # a tied embedding is the head's strided view: its row gathers cost little next to the head
        self.embed = self.lm_head if self.tied else empty(self.config.vocab_size, hidden)
        self.final_norm = empty(hidden)
        has_bias = "model.layers.0.self_attn.q_proj.bias" in state
        has_qk_norm = "model.layers.0.self_attn.q_norm.weight" in state
        self.layers = [
            LayerWeights(
                input_norm=empty(hidden), qkv=matrix(q_out + 2 * kv_out, hidden),
                qkv_bias=empty(q_out + 2 * kv_out) if has_bias else None,
                q_norm=empty(self.head_dim) if has_qk_norm else None,
                k_norm=empty(self.head_dim) if has_qk_norm else None,
                o_proj=matrix(hidden, q_out), post_norm=empty(hidden),
                gate_up=matrix(2 * inter, hidden), down=matrix(hidden, inter),
            )
            for _ in range(self.num_layers)
        ]

    def fused_rows(self) -> FusedRows:
        """HF projection name -> (our fused matrix, its rows in it); the same in every layer."""
        q_out, kv_out = self.num_heads * self.head_dim, self.num_kv_heads * self.head_dim
        inter = self.config.intermediate_size
        return {"self_attn.q_proj": ("qkv", slice(0, q_out)),
                "self_attn.k_proj": ("qkv", slice(q_out, q_out + kv_out)),
                "self_attn.v_proj": ("qkv", slice(q_out + kv_out, q_out + 2 * kv_out)),
                "self_attn.o_proj": ("o_proj", slice(None)),
                "mlp.gate_proj": ("gate_up", slice(0, inter)), "mlp.up_proj": ("gate_up", slice(inter, 2 * inter)),
                "mlp.down_proj": ("down", slice(None))}

    def param_views(self) -> dict[str, torch.Tensor]:
        """HF parameter name -> the tensor (or slice) of ours that holds it."""
        views = {"model.embed_tokens.weight": self.embed, "model.norm.weight": self.final_norm,
                 "lm_head.weight": self.lm_head}
        fused = self.fused_rows()
        for i, layer in enumerate(self.layers):
            p = f"model.layers.{i}."
            for name, (matrix, rows) in fused.items():
                views[f"{p}{name}.weight"] = getattr(layer, matrix)[rows]
                if matrix == "qkv" and layer.qkv_bias is not None:
                    views[f"{p}{name}.bias"] = layer.qkv_bias[rows]
            if layer.q_norm is not None:
                views[f"{p}self_attn.q_norm.weight"] = layer.q_norm
                views[f"{p}self_attn.k_norm.weight"] = layer.k_norm
            views[f"{p}input_layernorm.weight"] = layer.input_norm
            views[f"{p}post_attention_layernorm.weight"] = layer.post_norm
        return views

    @torch.no_grad()
    def load(self, state_dict: dict[str, torch.Tensor], require_all: bool = True) -> None:
        """Copies HF-named tensors into ours; unknown names are an error (a typo loses nothing)."""
        views = self.param_views()
        unknown = sorted(set(state_dict) - set(views) - {"model.rotary_emb.inv_freq"})
        if unknown:
            raise KeyError(f"parameters our forward does not have: {unknown[:5]}")
        if require_all:
            missing = sorted(set(views) - set(state_dict) - ({"lm_head.weight"} if self.tied else set()))
            if missing:
                raise KeyError(f"state dict lacks: {missing[:5]}")
        for name, tensor in state_dict.items():
            if name in views:
                views[name].copy_(tensor)
        # new weights are no longer the file's blocks, and an adapter served over the old ones ends
        self.quantized_layers: list[QuantizedLayer] | None = None
        self.quantized_head: QuantizedMatrix | None = None
        self.deltas: list[LayerDeltas] | None = None
        self.packed_panels: dict[tuple[str, int, bool], object] = {}  # bf16 panels of the old weights (kernels.layer_stack)
        self._layer_stack = None  # rebuilt on the next step

    def set_adapter(self, factors: LoraFactors | None) -> None:
        """Serves a LoRA adapter as low-rank deltas beside the weights, which stay as they are
        (GGUF blocks included; their bf16 panels are reused); None serves the weights alone again."""
        self.deltas = None if factors is None else fused_deltas(factors, self.fused_rows(), self.layers)
        self._layer_stack = None

    def adopt_quantized(self, matrices: dict[str, QuantizedMatrix]) -> int:
        """Uses GGUF blocks for decode matmuls where they de-quantize to exactly our weights.

        Returns how many of our matrices (fused qkv, o, gate_up, down per layer, LM head) now
        run from blocks. A block matrix that differs from the dense weight in any element
        (another checkpoint, a training step merged in) is left out.
        """
        def checked(names: list[str], dense: torch.Tensor) -> QuantizedMatrix | None:
            if any(n not in matrices for n in names):
                return None
            fused = stack_rows([matrices[n] for n in names])
            if fused is None or fused.out_features != dense.shape[0] or fused.in_features != dense.shape[1]:
                return None
            return fused if torch.equal(fused.dequantize().to(self.dtype), dense) else None

        layers = []
        for i, layer in enumerate(self.layers):
            p = f"model.layers.{i}."
            layers.append(QuantizedLayer(
                qkv=checked([f"{p}self_attn.{n}_proj.weight" for n in "qkv"], layer.qkv),
                o_proj=checked([f"{p}self_attn.o_proj.weight"], layer.o_proj),
                gate_up=checked([f"{p}mlp.gate_proj.weight", f"{p}mlp.up_proj.weight"], layer.gate_up),
                down=checked([f"{p}mlp.down_proj.weight"], layer.down),
            ))
        self.quantized_head = checked(["model.embed_tokens.weight" if self.tied else "lm_head.weight"], self.lm_head)
        self.quantized_layers = layers
        self.packed_panels = {}  # panels of the codes come from the blocks
        self._layer_stack = None
        return self.num_quantized()

    def decodes_int8(self) -> bool:
        """Whether some matmul of a decode step runs from GGUF blocks with int8 activations."""
        return any(m is not None and not m.exact for _, m in self._matmuls())

    def _matmuls(self) -> list[tuple[torch.Tensor, QuantizedMatrix | None]]:
        """Every matrix a token goes through (layers' projections, LM head): dense weight and
        its adopted GGUF blocks, if any."""
        layers = self.quantized_layers or [QuantizedLayer(None, None, None, None)] * self.num_layers
        return [(self.lm_head, self.quantized_head)] + [
            pair for layer, q in zip(self.layers, layers, strict=True)
            for pair in ((layer.qkv, q.qkv), (layer.o_proj, q.o_proj), (layer.gate_up, q.gate_up), (layer.down, q.down))]

    def decode_weight_bytes(self) -> int:
        """Weight bytes one decode step reads: GGUF codes and scales where adopted, else dense."""
        def size(dense: torch.Tensor, blocks: QuantizedMatrix | None) -> int:
            if blocks is None:
                return dense.numel() * dense.element_size()
            return blocks.decode_bytes

        return sum(size(dense, blocks) for dense, blocks in self._matmuls())

    def matmul_weights(self) -> int:
        """Weights each token multiplies by (2 FLOP each): what a GFLOP/s figure counts."""
        return sum(dense.numel() for dense, _ in self._matmuls())

    def num_quantized(self) -> int:
        """How many matrices decode from GGUF blocks (0 after new weights are loaded)."""
        layers = self.quantized_layers or []
        blocks = [m for q in layers for m in (q.qkv, q.o_proj, q.gate_up, q.down)] + [self.quantized_head]
        return sum(m is not None for m in blocks)

    def rms_norm(self, x: torch.Tensor, weight: torch.Tensor) -> torch.Tensor:
        return F.rms_norm(x, weight.shape, weight, self.eps)

    @torch.inference_mode()
    def forward(
        self,
        input_ids: torch.Tensor,  # [T]
        positions: torch.Tensor,  # [T]
        meta: AttentionMetadata,
        k_cache: torch.Tensor,  # [layers, num_blocks, block_size, kv_heads, head_dim]
        v_cache: torch.Tensor,
        logits_indices: torch.Tensor | None = None,  # [R] rows whose logits are wanted
    ) -> torch.Tensor:
        """Logits [R, vocab] (fp32) of the rows in `logits_indices` (all rows when None)."""
        x = F.embedding(input_ids, self.embed)  # [T, hidden]
        if (stack := self._stack()) is not None and (not meta.is_prefill or meta.prefill_block_tables is not None):
            x, cos, sin = x.float(), self.rope.cos[positions], self.rope.sin[positions]
            if meta.is_prefill:
                x = stack.prefill(x, cos, sin, k_cache, v_cache, meta.slot_mapping, meta.prefill_block_tables,
                                  meta.cu_seqlens_q, meta.cu_seqlens_k.diff())
            else:
                x = stack.decode(x, cos, sin, k_cache, v_cache, meta.slot_mapping, meta.block_tables,
                                 meta.context_lens)
            return self._logits(x.to(self.dtype), logits_indices, meta.is_prefill)
        cos, sin = self.rope.lookup(positions)  # [T, head_dim]
        no_blocks, no_deltas = QuantizedLayer(None, None, None, None), LayerDeltas(None, None, None, None)
        for i, layer in enumerate(self.layers):
            blocks = self.quantized_layers[i] if self.quantized_layers else no_blocks
            deltas = self.deltas[i] if self.deltas else no_deltas
            x = x + self._attention(self.rms_norm(x, layer.input_norm), layer, blocks, deltas, cos, sin, meta,
                                    k_cache[i], v_cache[i])
            h = self.rms_norm(x, layer.post_norm)
            gate, up = linear(h, layer.gate_up, blocks.gate_up, delta=deltas.gate_up).chunk(2, dim=-1)  # [T, inter] each
            x = x + linear(F.silu(gate) * up, layer.down, blocks.down, delta=deltas.down)
        return self._logits(x, logits_indices, meta.is_prefill)

    def _logits(self, x: torch.Tensor, logits_indices: torch.Tensor | None, prefill: bool) -> torch.Tensor:
        """Final norm and LM head over the wanted rows of hidden states: [R, vocab] fp32."""
        if logits_indices is not None:
            x = x[logits_indices]
        x = self.rms_norm(x, self.final_norm)
        if self._stack() is not None and self._head is not None:
            return self._head.apply(x.float(), prefill=prefill)
        return linear(x, self.lm_head, self.quantized_head).float()

    def prepare(self) -> None:
        """Builds the layer stack now (packing the bf16 panels takes ~0.4 s), so the first
        request does not wait for it: loading is when a user expects to wait."""
        self._stack()

    def _stack(self):
        """The C++ layer stack (kernels.layer_stack_for), built on first use with the LM head's
        C++ Linear where it has one (kernels.head_linear_for); False: not here."""
        if self._layer_stack is None:
            self._layer_stack = layer_stack_for(self) or False
            self._head = head_linear_for(self) if self._layer_stack else None
        return self._layer_stack or None

    def _attention(self, h, layer: LayerWeights, blocks: QuantizedLayer, deltas: LayerDeltas, cos, sin,
                   meta: AttentionMetadata, k_cache, v_cache):
        num_tokens, heads, kv_heads, dim = h.shape[0], self.num_heads, self.num_kv_heads, self.head_dim
        qkv = linear(h, layer.qkv, blocks.qkv, layer.qkv_bias, deltas.qkv).view(num_tokens, heads + 2 * kv_heads, dim)
        qk, v = qkv[:, : heads + kv_heads], qkv[:, heads + kv_heads :]  # [T, H + KV, D], [T, KV, D]
        if layer.q_norm is not None:
            qk = torch.cat((self.rms_norm(qk[:, :heads], layer.q_norm), self.rms_norm(qk[:, heads:], layer.k_norm)), 1)
        qk = self.rope.apply(qk, cos, sin)  # q and k rotated together: one set of ops per layer
        q, k = qk[:, :heads], qk[:, heads:]
        write_kv_cache(k, v, k_cache, v_cache, meta.slot_mapping)
        if not meta.is_prefill:
            out = paged_decode_attention(q, k_cache, v_cache, meta.block_tables, meta.context_lens,
                                         softmax_scale=self.scale)
        elif meta.block_tables is None:
            out = flash_attention(q, k, v, meta.cu_seqlens_q, meta.cu_seqlens_k, meta.max_seqlen_q,
                                  meta.max_seqlen_k, causal=True, softmax_scale=self.scale)
        else:
            out = flash_attention(q, k_cache, v_cache, meta.cu_seqlens_q, meta.cu_seqlens_k,
                                  meta.max_seqlen_q, meta.max_seqlen_k, causal=True,
                                  softmax_scale=self.scale, block_table=meta.block_tables)
        return linear(out.reshape(num_tokens, -1), layer.o_proj, blocks.o_proj, delta=deltas.o_proj)  # [T, hidden]

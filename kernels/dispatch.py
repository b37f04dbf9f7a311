"""Chooses the attention backend once per device type, then checks and forwards each call.

CUDA tensors go to the Triton kernels when Triton imports, CPU tensors to the batched SDPA
path (`cpu.py`). LOOPWRIGHT_ATTENTION overrides the choice: `reference` forces the
per-sequence SDPA reference, `cpu` the batched path, `triton` the kernels (on CPU tensors
only in TRITON_INTERPRET=1 mode, which is how the tests run them). Every backend has the
same semantics, in-place cache write included.
"""

import functools
import importlib.util
import os
from dataclasses import dataclass
from typing import Protocol

import torch
from loopwright.kernels import checks, cpu, reference

ENV_VAR = "LOOPWRIGHT_ATTENTION"
CHOICES = ("auto", "triton", "cpu", "reference")


class _FlashAttention(Protocol):
    def __call__(
        self, q: torch.Tensor, k: torch.Tensor, v: torch.Tensor,
        cu_seqlens_q: torch.Tensor, cu_seqlens_k: torch.Tensor,
        max_seqlen_q: int, max_seqlen_k: int,
        causal: bool = True, softmax_scale: float | None = None,
        block_table: torch.Tensor | None = None,
    ) -> torch.Tensor: ...


class _PagedDecode(Protocol):
    def __call__(
        self, q: torch.Tensor, k_cache: torch.Tensor, v_cache: torch.Tensor,
        block_tables: torch.Tensor, context_lens: torch.Tensor,
        softmax_scale: float | None = None, num_splits: int | None = None,
    ) -> torch.Tensor: ...


class _CacheWrite(Protocol):
    def __call__(
        self, k: torch.Tensor, v: torch.Tensor, k_cache: torch.Tensor, v_cache: torch.Tensor,
        slot_mapping: torch.Tensor,
    ) -> None: ...


@dataclass(frozen=True)
class Backend:
    """The three attention entry points of one implementation."""

    name: str
    """"triton", "cpu" or "reference"."""
    flash_attention: _FlashAttention
    paged_decode_attention: _PagedDecode
    write_kv_cache: _CacheWrite


def _triton_backend() -> Backend:
    from loopwright.kernels import triton_cache, triton_decode, triton_prefill

    return Backend(
        "triton", triton_prefill.flash_attention, triton_decode.paged_decode_attention,
        triton_cache.write_kv_cache,
    )


def _module_backend(name: str) -> Backend:
    module = {"cpu": cpu, "reference": reference}[name]
    return Backend(name, module.flash_attention, module.paged_decode_attention, module.write_kv_cache)


@functools.cache
def _resolve(device_type: str, choice: str) -> Backend:
    if choice not in CHOICES:
        raise ValueError(f"{ENV_VAR}={choice!r} is not one of {', '.join(CHOICES)}")
    if choice in ("cpu", "reference"):
        return _module_backend(choice)
    has_triton = importlib.util.find_spec("triton") is not None
    if choice == "auto":
        return _triton_backend() if device_type == "cuda" and has_triton else _module_backend("cpu")
    if not has_triton:
        raise ValueError(f"{ENV_VAR}=triton but Triton is not installed (pip install triton)")
    if device_type != "cuda" and os.environ.get("TRITON_INTERPRET") != "1":
        raise ValueError(
            f"{ENV_VAR}=triton on {device_type} tensors needs TRITON_INTERPRET=1 set before Triton is imported"
        )
    return _triton_backend()


def backend_for(device: torch.device | str) -> Backend:
    """The backend that serves tensors on `device` under the current LOOPWRIGHT_ATTENTION."""
    device_type = torch.device(device).type
    return _resolve(device_type, os.environ.get(ENV_VAR, "auto") or "auto")


def flash_attention(
    q: torch.Tensor,
    k: torch.Tensor,
    v: torch.Tensor,
    cu_seqlens_q: torch.Tensor,
    cu_seqlens_k: torch.Tensor,
    max_seqlen_q: int,
    max_seqlen_k: int,
    causal: bool = True,
    softmax_scale: float | None = None,
    block_table: torch.Tensor | None = None,
) -> torch.Tensor:
    """Varlen prefill attention; with `block_table`, k/v are the paged caches.

    Causal masks align bottom-right: query i of a sequence with q_len queries and k_len
    keys sees keys [0, k_len - q_len + i], so new tokens after a cached prefix see it all.
    Returns [total_q, heads, head_dim] in q's dtype.
    """
    checks.check_prefill(q, k, v, cu_seqlens_q, cu_seqlens_k, max_seqlen_q, max_seqlen_k, causal, block_table)
    return backend_for(q.device).flash_attention(
        q, k, v, cu_seqlens_q, cu_seqlens_k, max_seqlen_q, max_seqlen_k,
        causal=causal, softmax_scale=softmax_scale, block_table=block_table,
    )


def paged_decode_attention(
    q: torch.Tensor,
    k_cache: torch.Tensor,
    v_cache: torch.Tensor,
    block_tables: torch.Tensor,
    context_lens: torch.Tensor,
    softmax_scale: float | None = None,
    num_splits: int | None = None,
) -> torch.Tensor:
    """One query token per sequence over its paged context: q [batch, heads, head_dim].

    `num_splits` sets flash-decoding's split of each context (Triton only; None picks it
    from the GPU's SM count).
    """
    checks.check_decode(q, k_cache, v_cache, block_tables, context_lens)
    return backend_for(q.device).paged_decode_attention(
        q, k_cache, v_cache, block_tables, context_lens,
        softmax_scale=softmax_scale, num_splits=num_splits,
    )


def write_kv_cache(
    k: torch.Tensor,
    v: torch.Tensor,
    k_cache: torch.Tensor,
    v_cache: torch.Tensor,
    slot_mapping: torch.Tensor,
) -> None:
    """Writes new keys/values [T, kv_heads, head_dim] into their cache slots, in place."""
    checks.check_cache_write(k, v, k_cache, v_cache, slot_mapping)
    backend_for(k.device).write_kv_cache(k, v, k_cache, v_cache, slot_mapping)

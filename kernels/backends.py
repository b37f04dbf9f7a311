"""Every kernel choice in one place: which attention backend, which C++ build, whether a model's
layers run as one C++ stack, and whether a matmul reads GGUF blocks or the dense weight.

- Attention (the three calls of `dispatch.py`): CUDA tensors go to the Triton kernels when
  Triton imports, CPU tensors to the batched SDPA path (`cpu.py`). LOOPWRIGHT_ATTENTION
  overrides it: `reference` forces the per-sequence SDPA reference, `cpu` the batched path,
  `triton` the kernels (on CPU tensors only in TRITON_INTERPRET=1 mode, how the tests run
  them). Every backend has the same semantics, in-place cache write included.
- C++ build (`cpu_build.py`): the first of `BUILDS` whose instruction sets /proc/cpuinfo lists,
  i.e. AMX, AVX-512 with BF16 (and VNNI), AVX-512 with VNNI, AVX-512, AVX2, else the portable build; LOOPWRIGHT_CPU_BUILD
  names another this CPU can run (A/B measurements). LOOPWRIGHT_CPU_KERNELS=off keeps the
  model on its PyTorch path (no C++ at all).
- Layer stack (`layer_stack.py`): fp32 and bf16 models on a CPU with the C++ kernels run all
  their layers in one call; otherwise the model runs op by op through the attention calls.
- Linear: GGUF blocks for at most `QUANTIZED_MAX_ROWS` rows, and for any batch of at least
  `MATRIX_UNIT_MIN_ROWS` where the build has AMX tiles (the build's `blocks_serve`, the same
  rule the stack applies), the dense weight (MKL) otherwise.
- Batches in the stack: where the build has bf16 panels (avx512_bf16) and the model decodes
  int8 from GGUF blocks, prefill steps and decode steps of `BF16_PANELS_FROM_ROWS`+ rows
  (the LM head's too: `head_linear_for`) multiply by bf16 panels of the weights
  (`bf16_panels`); else the dense weight (MKL) serves what the blocks do not.
- GGUF matmul: int8-coded activations against the blocks (the fast path), or with
  LOOPWRIGHT_GGUF_MATMUL=exact fp32 activations (the reference that equals HF greedy); an
  engine reads it once, when it adopts the blocks.

Each choice is made once (per device type and setting, per process, per model) and cached,
so a step pays no Python for it.
"""

import functools
import importlib.util
import logging
import os
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol

import torch
import torch.nn.functional as F

from loopwright.kernels import cpu, reference
from loopwright.kernels.cpu_build import BUILDS, CPUBuild, CPUKernelsUnavailable, load_build
from loopwright.kernels.cpu_features import CPUInfo, host_cpu
from loopwright.kernels.layer_stack import (
    STACK_DTYPES,
    DecoderWeights,
    LowRank,
    PanelRouting,
    build_layer_stack,
    int8_panels_of,
)

if TYPE_CHECKING:
    from loopwright.kernels.gguf_matmul import QuantizedMatrix

log = logging.getLogger(__name__)

ATTENTION_ENV = "LOOPWRIGHT_ATTENTION"
ATTENTION_CHOICES = ("auto", "triton", "cpu", "reference")
CPU_BUILD_ENV = "LOOPWRIGHT_CPU_BUILD"
"""`auto` (default): the fastest build this CPU runs; a build's name picks that one instead."""
CPU_KERNELS_ENV = "LOOPWRIGHT_CPU_KERNELS"
"""`off` keeps models on their PyTorch path (for A/B measurements and as an escape hatch)."""
GGUF_MATMUL_ENV = "LOOPWRIGHT_GGUF_MATMUL"
GGUF_MATMUL_CHOICES = ("int8", "exact")
"""`int8` (default): activations coded as int8 per block of 32 (codes and their rounding
residuals) and integer dot products; `exact`: fp32 activations, the reference that equals HF
greedy token for token."""
KV_CACHE_ENV = "LOOPWRIGHT_KV_CACHE"
KV_CACHE_CHOICES = ("auto", "fp32", "bf16")
"""`auto` (default): bf16 where the model decodes from GGUF blocks with int8 activations, else
the model's dtype; `fp32` / `bf16` force one (for A/B measurements)."""

INT8_PANELS_ENV = "LOOPWRIGHT_INT8_PANELS"
BF16_PANELS_ENV = "LOOPWRIGHT_BF16_PANELS"
BF16_PANELS_CHOICES = ("auto", "codes", "rounded", "off")
"""`auto` (default): the layer stack multiplies batches by bf16 panels (`BF16_PANELS_AUTO`'s kind)
where the build has their kernel (avx512_bf16) and the model decodes from GGUF blocks with int8
activations (already approximate); `codes` / `rounded`: panels of the GGUF codes (of the weights
rounded where a model has no blocks) / of the weights rounded to bf16, for any model the stack
runs (tests, A/B); `off`: never. See `bf16_panels`."""
BF16_PANELS_AUTO = "rounded"
"""The panels `auto` gives: of the weights rounded to bf16, 1.3x the codes' speed in agent
rollouts (decode bench, AVX-512 EPYC: rollouts 260 -> 346 tok/s, samples 375 -> 435), at the
AMX tiles' precision (top-1 agreement with the exact path ~0.993 where the codes give ~0.998).
Session 25 kept the codes because rounded activations turned SDPA's length-dependent last bits
into flipped greedy tokens; prefill attention no longer goes through SDPA in this build."""
BF16_PANELS_FROM_ROWS = 8
"""Rows from which the bf16 panels serve decode steps too (they serve every prefill step, so a
prompt's tokens come out alike however much of it a prefix cache hit skipped; in the AMX build
a prefill of fewer than MATRIX_UNIT_MIN_ROWS new tokens takes the int8 panels, not the tiles).
A whole decode step of SmolLM2-135M on the AVX-512 EPYC (2 threads, session 30,
`decode_rows.py`): the int8 panels (int8_panels_serve) take 4.4 / 5.3 / 5.9 / 7.0 / 9.8 /
12.4 / 16.5 ms for 1 / 2 / 3 / 4 / 6 / 8 / 12 rows, the rounded bf16 panels 10.5 / 11.4 / 12.0
(1-3 rows, session 29) and 8.9 / 9.5 / 11.8 / 16.9 (4 / 6 / 8 / 12 rows: bound by reading the
weights, 2 bytes each where the int8 panels read ~0.6, up to ~8 rows). Below 8 rows a row gets
the same sums as alone, so an eval of single runs on Ray's 1-CPU workers equals one run locally
and a sequence's tokens do not depend on up to 7 others decoding with it."""


# -- attention -------------------------------------------------------------------------------


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
    if choice not in ATTENTION_CHOICES:
        raise ValueError(f"{ATTENTION_ENV}={choice!r} is not one of {', '.join(ATTENTION_CHOICES)}")
    if choice in ("cpu", "reference"):
        return _module_backend(choice)
    has_triton = importlib.util.find_spec("triton") is not None
    if choice == "auto":
        return _triton_backend() if device_type == "cuda" and has_triton else _module_backend("cpu")
    if not has_triton:
        raise ValueError(f"{ATTENTION_ENV}=triton but Triton is not installed (pip install triton)")
    if device_type != "cuda" and os.environ.get("TRITON_INTERPRET") != "1":
        raise ValueError(
            f"{ATTENTION_ENV}=triton on {device_type} tensors needs TRITON_INTERPRET=1 set before Triton is imported"
        )
    return _triton_backend()


def backend_for(device: torch.device | str) -> Backend:
    """The attention backend that serves tensors on `device` under the current LOOPWRIGHT_ATTENTION."""
    device_type = torch.device(device).type
    return _resolve(device_type, os.environ.get(ATTENTION_ENV, "auto") or "auto")


# -- C++ CPU kernels -------------------------------------------------------------------------


def kernels_enabled() -> bool:
    """Whether models should use the C++ kernels at all (LOOPWRIGHT_CPU_KERNELS=off says no)."""
    return os.environ.get(CPU_KERNELS_ENV, "on").lower() not in ("off", "0", "false", "no")


def exact_gguf_matmul() -> bool:
    """Whether GGUF block matmuls take the exact path (LOOPWRIGHT_GGUF_MATMUL=exact) instead of
    int8 activations; an unknown setting is an error, not a silent default."""
    choice = (os.environ.get(GGUF_MATMUL_ENV) or "int8").lower()
    if choice not in GGUF_MATMUL_CHOICES:
        raise ValueError(f"{GGUF_MATMUL_ENV}={choice!r} is not one of {', '.join(GGUF_MATMUL_CHOICES)}")
    return choice == "exact"


def kv_cache_dtype(model_dtype: torch.dtype, int8_decode: bool) -> torch.dtype:
    """The dtype of an engine's paged KV cache. An fp32 model that decodes from GGUF blocks with
    int8 activations (`int8_decode`: already approximate, its quality measured against the
    exact path in tests/models/test_int8_quality.py) keeps bf16 keys and values: attention
    reads half the bytes (at a 270-token context, 12 MB a token in fp32, 14% of a
    single-stream step) and the cache holds twice the tokens, as llama.cpp's f16 cache does.
    Everywhere else the model's dtype, so the exact path still equals HF greedy. Only the C++
    layer stack reads a cache of another dtype than the model's, and int8 decoding implies it."""
    choice = (os.environ.get(KV_CACHE_ENV) or "auto").lower()
    if choice not in KV_CACHE_CHOICES:
        raise ValueError(f"{KV_CACHE_ENV}={choice!r} is not one of {', '.join(KV_CACHE_CHOICES)}")
    if choice != "auto":
        return {"fp32": torch.float32, "bf16": torch.bfloat16}[choice]
    return torch.bfloat16 if int8_decode and model_dtype == torch.float32 else model_dtype


def cpu_build_for(cpu_info: CPUInfo) -> CPUBuild:
    """The fastest build whose instruction sets `cpu_info` has (the portable one needs none), or
    the one LOOPWRIGHT_CPU_BUILD names; an unknown name is an error, not a silent default."""
    choice = (os.environ.get(CPU_BUILD_ENV) or "auto").lower()
    if choice == "auto":
        return next(build for build in BUILDS if cpu_info.has(build.required_features))
    named = {build.name: build for build in BUILDS}
    if choice not in named:
        raise ValueError(f"{CPU_BUILD_ENV}={choice!r} is not one of auto, {', '.join(named)}")
    return named[choice]


@functools.cache
def cpu_kernels() -> ModuleType:
    """The C++ kernels built for this CPU (compiled on first use; CPUKernelsUnavailable if not here).
    Cached: the GGUF matmul asks on every call."""
    return load_build(cpu_build_for(host_cpu()))


def cpu_sampler(device: torch.device) -> ModuleType | None:
    """The C++ kernels' `sample_rows` home for logits on `device`, or None where the sampler's
    PyTorch code runs (another device, kernels switched off or not buildable here)."""
    if device.type != "cpu" or not kernels_enabled():
        return None
    try:
        return cpu_kernels()
    except CPUKernelsUnavailable:
        return None


def layer_stack_for(model: DecoderWeights) -> Any | None:
    """The C++ `LayerStack` over the model's layers, or None where the model should run op by op
    (fp16, kernels switched off or not buildable here: said once in the log)."""
    if model.dtype not in STACK_DTYPES or not kernels_enabled():
        return None
    try:
        kernels = cpu_kernels()
    except CPUKernelsUnavailable as exc:
        log.warning("model steps run in PyTorch: %s", exc)
        return None
    return build_layer_stack(kernels, model, bf16_panels(kernels, model.decodes_int8()),
                             int8_panels_serve(kernels, model.decodes_int8()))


def head_linear_for(model: DecoderWeights) -> Any | None:
    """The LM head as a C++ `Linear` whose prefill batches and decode batches of
    BF16_PANELS_FROM_ROWS+ rows run on the bf16 panels the layer stack gets, and smaller ones on
    its int8 panels (the head is a fifth of SmolLM2-135M's multiply-adds); None (neither
    panels): the head runs through `linear`."""
    head = model.quantized_head
    if head is None or head.exact or not kernels_enabled():
        return None
    try:
        kernels = cpu_kernels()
    except CPUKernelsUnavailable:
        return None
    panels = bf16_panels(kernels, model.decodes_int8())
    int8 = int8_panels_of(kernels, model, head) if int8_panels_serve(kernels, model.decodes_int8()) else None
    if panels is None and int8 is None:
        return None
    blocks = head.for_kernel(kernels)
    if panels is None:
        return kernels.Linear(model.lm_head, blocks, int8_panels=int8)
    packed = panels.panels(kernels, model, model.lm_head, blocks, head.in_features)
    return kernels.Linear(model.lm_head, blocks, panels=packed, panels_from_rows=panels.from_rows, int8_panels=int8)


def int8_panels_serve(kernels: ModuleType, int8_decode: bool) -> bool:
    """Whether the int8-path GGUF blocks' batches run on int8 panels (int8_panels.cpp): the
    VNNI builds (not the batches the AMX tiles take), for models that decode with int8
    activations. 16 outputs a vector, so the block kernel's arithmetic costs 2-3x fewer
    instructions: SmolLM2-135M's matrices on the AVX-512 EPYC 1.7-2.6x faster at 1 row and
    1.7-3.9x at 2-16 rows (session 30). LOOPWRIGHT_INT8_PANELS=off keeps the block kernel (A/B)."""
    choice = (os.environ.get(INT8_PANELS_ENV) or "on").lower()
    if choice not in ("on", "off"):
        raise ValueError(f"{INT8_PANELS_ENV}={choice!r} is not one of on, off")
    return choice == "on" and int8_decode and kernels.INT8_PANELS


def bf16_panels(kernels: ModuleType, int8_decode: bool) -> PanelRouting | None:
    """Which batches of the layer stack (and the LM head) run on bf16 panels of the weights
    (bf16_panels.cpp), and of what; None where the stack has none. Prefill steps run on them at
    any size, decode steps from BF16_PANELS_FROM_ROWS rows.

    Where the CPU has AVX512-BF16 and no AMX tiles (the avx512_bf16 build), `vdpbf16ps` over
    the GGUF codes does 160-210 GFLOP/s from 8 rows on the AVX-512 EPYC (2 threads), over the
    weights rounded to bf16 350-450, the int8 block kernels 70-130 and MKL's fp32 70-195. The
    codes come closer to the exact product than the int8 path; rounded weights and activations
    are the AMX tiles' precision. Unlike oneDNN's bf16 GEMM, the kernel sums each output alike
    whatever the batch and the thread count, so a sequence's tokens do not depend on what it is
    batched with. By default only for models that decode from GGUF blocks with int8
    activations (`int8_decode`): the exact path and dense models still equal HF token for
    token. LOOPWRIGHT_BF16_PANELS=codes|rounded|off overrides (BF16_PANELS_CHOICES)."""
    choice = (os.environ.get(BF16_PANELS_ENV) or "auto").lower()
    if choice not in BF16_PANELS_CHOICES:
        raise ValueError(f"{BF16_PANELS_ENV}={choice!r} is not one of {', '.join(BF16_PANELS_CHOICES)}")
    if choice == "off" or (choice == "auto" and not int8_decode):
        return None
    if not kernels.BF16_PANELS:
        if choice != "auto":
            raise ValueError(f"{BF16_PANELS_ENV}={choice} needs the avx512_bf16 build of the CPU kernels (AVX512-BF16 "
                             f"without AMX); this process runs {kernels.__name__}")
        return None
    kind = BF16_PANELS_AUTO if choice == "auto" else choice
    return PanelRouting(from_rows=BF16_PANELS_FROM_ROWS, rounded=kind == "rounded")


def linear(x: torch.Tensor, dense: torch.Tensor, blocks: "QuantizedMatrix | None",
           bias: torch.Tensor | None = None, delta: LowRank | None = None) -> torch.Tensor:
    """x [rows, in] @ W.T (+ bias) (+ an adapter's low-rank delta): from GGUF blocks for
    decode-sized x (any x the matrix units take), else the dense weight."""
    if blocks is None or not cpu_kernels().blocks_serve(x.shape[0], blocks.exact):
        out = F.linear(x, dense, bias)
    else:
        out = blocks.matmul(x)
        out = out if bias is None else out + bias
    return out if delta is None else out + delta.apply(x)

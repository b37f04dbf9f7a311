"""Matmuls straight from GGUF blocks (Q4_1, Q8_0), on the CPU.

A decode step of a small model reads every weight once, so its speed is the speed at which
weight bytes stream in. The embedded model's weights *are* Q4_1 blocks (its token
embedding Q8_0): keeping them in that form reads 5-8.5 bits a weight instead of 32. Two
paths multiply them:

- int8 (the default, `csrc/gguf_int8.cpp`): each activation row is coded per block of 32
  as int8 codes with one fp32 scale (llama.cpp's Q8_1) plus their rounding residual as a
  second int8 code, and every block is two integer dot products, so the CPU keeps up with
  the bytes; the coding of the activations (at most max|x| / 254 / 256 an element) is the
  only error, and the model tests bound what it does to the logits.
- exact (`csrc/gguf_matmul.cpp`): fp32 activations against blocks de-quantized in registers
  (as gguf-py does: `d * q + m`), the very fp32 weights transformers de-quantizes, so the
  engine equals HF greedy token for token. The reference.

`backends.exact_gguf_matmul` says which one an engine takes; `backends.linear` decides when
blocks are used at all.
"""

from dataclasses import dataclass
from types import ModuleType

import torch

from loopwright.kernels import backends
from loopwright.kernels.cpu_build import CPUBuild, load_build

BLOCK_BYTES = {"Q4_1": 20, "Q8_0": 34}
"""Bytes of one block of 32 weights in the file, by GGUF type; the types the kernel reads."""
HEADER_BYTES = {"Q4_1": 4, "Q8_0": 2}
"""fp16 scale (and Q4_1's fp16 minimum) at the start of each block; the codes follow. Weights
per block: the extension's BLOCK_WEIGHTS (csrc/loopwright.h)."""


def _kernels(build: CPUBuild | None) -> ModuleType:
    """The given build (the tests run each), else the one chosen for this CPU."""
    return backends.cpu_kernels() if build is None else load_build(build)


@dataclass(frozen=True)
class QuantizedMatrix:
    """A weight [out_features, in_features] from GGUF blocks, packed for the kernel: the codes
    of each row's blocks back to back, the fp16 scales (and minimums) widened to fp32 so the
    kernel broadcasts them straight from memory (6 bits a weight for Q4_1 instead of 5)."""

    kind: str
    """GGUF type name: "Q4_1" or "Q8_0"."""
    codes: torch.Tensor
    """[out_features, in_features / 32 * code bytes] uint8."""
    scales: torch.Tensor
    """[out_features, in_features / 32] fp32."""
    mins: torch.Tensor | None
    """[out_features, in_features / 32] fp32 for Q4_1, else None."""
    in_features: int
    exact: bool = False
    """Multiply fp32 activations against the de-quantized blocks (the reference) instead of
    int8-coded activations (the fast path)."""
    half_scales: torch.Tensor | None = None
    """`scales` as float16, the file's own values (derived when not given). The int8 path reads
    these: decoding one row streams every weight from memory, and 20 bytes a Q4_1 block instead
    of 24 is 17% less to stream."""
    half_mins: torch.Tensor | None = None
    """`mins` as float16 (Q4_1)."""

    def __post_init__(self) -> None:
        if self.half_scales is None:
            object.__setattr__(self, "half_scales", self.scales.half())
        if self.half_mins is None and self.mins is not None:
            object.__setattr__(self, "half_mins", self.mins.half())

    @classmethod
    def from_blocks(cls, kind: str, blocks: torch.Tensor, in_features: int) -> "QuantizedMatrix":
        """From a GGUF tensor's rows of blocks [out_features, in_features / 32 * BLOCK_BYTES[kind]] uint8."""
        if kind not in BLOCK_BYTES:
            raise ValueError(f"GGUF type {kind} has no kernel; supported: {sorted(BLOCK_BYTES)}")
        block_weights = backends.cpu_kernels().BLOCK_WEIGHTS
        per_row = in_features // block_weights
        if in_features % block_weights or blocks.dim() != 2 or blocks.shape[1] != per_row * BLOCK_BYTES[kind]:
            raise ValueError(f"{kind} blocks {tuple(blocks.shape)} do not hold rows of {in_features}")
        rows = blocks.reshape(blocks.shape[0], per_row, BLOCK_BYTES[kind])

        def halves(start: int) -> torch.Tensor:
            return rows[..., start : start + 2].contiguous().view(torch.float16).squeeze(-1).float()

        codes = rows[..., HEADER_BYTES[kind] :].reshape(blocks.shape[0], -1).contiguous()
        return cls(kind, codes, halves(0), halves(2) if kind == "Q4_1" else None, in_features)

    @property
    def out_features(self) -> int:
        return self.codes.shape[0]

    @property
    def decode_bytes(self) -> int:
        """Bytes one matmul of a row reads: codes, and the scales (and minimums) the path takes."""
        parts = (self.codes, self.scales, self.mins) if self.exact else (self.codes, self.half_scales, self.half_mins)
        return sum(t.numel() * t.element_size() for t in parts if t is not None)

    def for_kernel(self, kernels: ModuleType):
        """The `QuantizedWeight` of the loaded extension `kernels` over these tensors (no copy)."""
        return kernels.QuantizedWeight(self.kind, self.codes, self.scales, self.mins, self.half_scales, self.half_mins,
                                       self.exact)

    def matmul(self, x: torch.Tensor, build: CPUBuild | None = None) -> torch.Tensor:
        """x [rows, in_features] (any float dtype) @ weight.T -> [rows, out_features] in x's dtype,
        by the exact or the int8 path (`exact`)."""
        kernels = _kernels(build)
        out = kernels.gguf_matmul(x.float().contiguous(), self.for_kernel(kernels))
        return out if x.dtype == torch.float32 else out.to(x.dtype)

    def dequantize(self, build: CPUBuild | None = None) -> torch.Tensor:
        """The fp32 weight [out_features, in_features], bit for bit as gguf-py de-quantizes it."""
        kernels = _kernels(build)
        return kernels.gguf_dequantize(self.for_kernel(kernels), self.in_features)


def stack_rows(parts: list[QuantizedMatrix]) -> QuantizedMatrix | None:
    """One matrix of all parts' output rows (q|k|v, gate|up); None when their types or paths differ."""
    if len({(p.kind, p.in_features, p.exact) for p in parts}) != 1:
        return None
    mins = torch.cat([p.mins for p in parts]) if parts[0].mins is not None else None
    return QuantizedMatrix(parts[0].kind, torch.cat([p.codes for p in parts]), torch.cat([p.scales for p in parts]),
                           mins, parts[0].in_features, parts[0].exact)

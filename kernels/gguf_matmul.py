"""Matmuls straight from GGUF blocks (Q4_1, Q8_0), on the CPU.

A decode step of a small model reads every weight once, so its speed is the speed at which
weight bytes stream in. The embedded model's weights *are* Q4_1 blocks (its token
embedding Q8_0): keeping them in that form reads 5-8.5 bits a weight instead of 32, and
de-quantizing in registers (as gguf-py does: `d * q + m`, two roundings) gives the very
fp32 weights transformers de-quantizes, so nothing about the model changes but the bytes
moved. The kernel is `csrc/gguf_matmul.cpp`, built by `cpu_extension`.
"""

from dataclasses import dataclass

import torch
from loopwright.kernels.cpu_extension import load_extension

BLOCK_WEIGHTS = 32
BLOCK_BYTES = {"Q4_1": 20, "Q8_0": 34}
"""Bytes of one block of 32 weights, by GGUF type; the types the kernel reads."""
KIND_CODES = {"dense": 0, "Q4_1": 1, "Q8_0": 2}
"""`WeightKind` of csrc/loopwright.h."""
@dataclass(frozen=True, slots=True)
class QuantizedMatrix:
    """A weight [out_features, in_features] as GGUF blocks, one row of blocks per output."""

    kind: str
    """GGUF type name: "Q4_1" or "Q8_0"."""
    blocks: torch.Tensor
    """[out_features, in_features / 32 * BLOCK_BYTES[kind]] uint8, contiguous."""
    in_features: int

    def __post_init__(self) -> None:
        if self.kind not in BLOCK_BYTES:
            raise ValueError(f"GGUF type {self.kind} has no kernel; supported: {sorted(BLOCK_BYTES)}")
        row_bytes = self.in_features // BLOCK_WEIGHTS * BLOCK_BYTES[self.kind]
        if self.in_features % BLOCK_WEIGHTS or self.blocks.shape[1:] != (row_bytes,):
            raise ValueError(f"{self.kind} blocks {tuple(self.blocks.shape)} do not hold rows of {self.in_features}")

    @property
    def out_features(self) -> int:
        return self.blocks.shape[0]

    def matmul(self, x: torch.Tensor, portable: bool = False) -> torch.Tensor:
        """x [rows, in_features] (any float dtype) @ weight.T -> [rows, out_features] in x's dtype."""
        out = load_extension(portable).gguf_matmul(x.float().contiguous(), self.blocks, KIND_CODES[self.kind])
        return out if x.dtype == torch.float32 else out.to(x.dtype)

    def dequantize(self, portable: bool = False) -> torch.Tensor:
        """The fp32 weight [out_features, in_features] these blocks stand for."""
        return load_extension(portable).gguf_dequantize(self.blocks, self.in_features, KIND_CODES[self.kind])


def stack_rows(parts: list[QuantizedMatrix]) -> QuantizedMatrix | None:
    """One matrix of all parts' output rows (q|k|v, gate|up); None when their types differ."""
    if len({(p.kind, p.in_features) for p in parts}) != 1:
        return None
    return QuantizedMatrix(parts[0].kind, torch.cat([p.blocks for p in parts]).contiguous(), parts[0].in_features)

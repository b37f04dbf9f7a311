"""Decode-sized matmuls straight from GGUF blocks (Q4_1, Q8_0), on the CPU.

A decode step of a small model reads every weight once, so its speed is the speed at which
weight bytes stream in. The embedded model's weights *are* Q4_1 blocks (its token
embedding Q8_0): keeping them in that form reads 5-8.5 bits a weight instead of 32, and
dequantizing in registers (as gguf-py does: `d * q + m`, two roundings) gives the very
fp32 weights transformers de-quantizes, so nothing about the model changes but the bytes
moved. `gguf_cpu.cpp` is compiled once per machine with `-march=native` by torch's
extension builder into the user cache (~45 s); without a compiler the engine keeps its
dense weights and says why once.
"""

import functools
import hashlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import torch

log = logging.getLogger(__name__)

SOURCE = Path(__file__).with_name("gguf_cpu.cpp")
BLOCK_WEIGHTS = 32
BLOCK_BYTES = {"Q4_1": 20, "Q8_0": 34}
"""Bytes of one block of 32 weights, by GGUF type; the types the kernel reads."""
ENV_VAR = "LOOPWRIGHT_GGUF_KERNEL"
"""`off` keeps every matmul dense (for A/B measurements and as an escape hatch)."""

CFLAGS = ["-O3", "-march=native", "-ffp-contract=off", "-fopenmp"]
"""`-ffp-contract=off` keeps dequantization a mul then an add, bit for bit gguf-py's."""


class GGUFKernelUnavailable(RuntimeError):
    """The extension could not be built or loaded here; the message says why."""


def _build_dir(portable: bool) -> Path:
    """One directory per source, flags and torch version, so an edit never loads a stale build."""
    key = hashlib.sha256(SOURCE.read_bytes() + f"{torch.__version__}{CFLAGS}{portable}".encode()).hexdigest()[:12]
    return Path.home() / ".cache" / "loopwright" / "kernels" / f"gguf-{key}"


@functools.cache
def load_extension(portable: bool = False) -> ModuleType:
    """The compiled kernels (built on first use); `portable` drops the AVX-512 path (tests)."""
    from torch.utils.cpp_extension import load

    flags = CFLAGS + (["-DLOOPWRIGHT_PORTABLE"] if portable else [])
    directory = _build_dir(portable)
    directory.mkdir(parents=True, exist_ok=True)
    name = "loopwright_gguf_portable" if portable else "loopwright_gguf"
    try:
        return load(name, [str(SOURCE)], extra_cflags=flags, extra_ldflags=["-fopenmp"],
                    build_directory=str(directory))
    except Exception as exc:  # compiler missing, ninja missing, headers missing: all mean "dense"
        raise GGUFKernelUnavailable(
            f"could not build the GGUF matmul kernel ({type(exc).__name__}: {str(exc).strip()[-400:]}); "
            "install g++ and ninja (scripts/setup does) or set LOOPWRIGHT_GGUF_KERNEL=off"
        ) from exc


def kernel_enabled() -> bool:
    """Whether the engine should try the kernels at all (LOOPWRIGHT_GGUF_KERNEL=off says no)."""
    return os.environ.get(ENV_VAR, "on").lower() not in ("off", "0", "false", "no")


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
        ext = load_extension(portable)
        fn = ext.q4_1_matmul if self.kind == "Q4_1" else ext.q8_0_matmul
        out = fn(x.float().contiguous(), self.blocks)
        return out if x.dtype == torch.float32 else out.to(x.dtype)

    def dequantize(self, portable: bool = False) -> torch.Tensor:
        """The fp32 weight [out_features, in_features] these blocks stand for."""
        ext = load_extension(portable)
        fn = ext.q4_1_dequantize if self.kind == "Q4_1" else ext.q8_0_dequantize
        return fn(self.blocks, self.in_features)


def stack_rows(parts: list[QuantizedMatrix]) -> QuantizedMatrix | None:
    """One matrix of all parts' output rows (q|k|v, gate|up); None when their types differ."""
    if len({(p.kind, p.in_features) for p in parts}) != 1:
        return None
    return QuantizedMatrix(parts[0].kind, torch.cat([p.blocks for p in parts]).contiguous(), parts[0].in_features)

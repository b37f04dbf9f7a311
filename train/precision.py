"""The arithmetic of training's forward passes: float32, or bf16 autocast where the hardware
multiplies bf16 itself.

On a CPU with AVX512-BF16 or AMX-BF16 a LoRA training step of SmolLM2-135M (4 rows of 460
tokens, forward, backward and AdamW) takes 3.1 s under bf16 autocast against 8.7 s in float32
(AVX512-BF16 EPYC, 2 threads; `bench/train_step.py` measures it). Without those instructions bf16 is
emulated and slower than float32, so `auto` keeps float32 there.
"""

from typing import Literal

from loopwright.kernels.cpu_features import CPUInfo, host_cpu

Precision = Literal["fp32", "bf16"]
PRECISION_CHOICES = ("auto", "fp32", "bf16")
BF16_CPU_FLAGS = frozenset({"avx512_bf16", "amx_bf16"})
"""/proc/cpuinfo flags of bf16 dot products in hardware (either will do)."""


def resolve_precision(requested: str, cpu: CPUInfo | None = None) -> Precision:
    """`auto` -> bf16 where the CPU has bf16 dot products, else fp32; fp32 and bf16 as given."""
    if requested not in PRECISION_CHOICES:
        raise ValueError(f"precision must be one of {', '.join(PRECISION_CHOICES)}, got {requested!r}")
    if requested != "auto":
        return requested  # type: ignore[return-value]
    return "bf16" if BF16_CPU_FLAGS & (cpu or host_cpu()).flags else "fp32"

"""Tile sizes of the Triton kernels, derived from the on-chip memory (SRAM) budget.

FlashAttention (Dao et al., 2022, Algorithm 1) keeps a query tile, a key tile, a value tile
and the output accumulator in SRAM of M bytes at once. With B_c = ceil(M / 4d) key columns
and B_r = min(B_c, d) query rows the four tiles fit; Triton needs powers of two, so both are
rounded down and clamped to what `tl.dot` accepts (>= 16) and what stays in registers (<= 128).
On CUDA the autotuner picks among configs that fit the same budget (`fits_sram`); in
interpreter mode these sizes are used as is.
"""

import math
from dataclasses import dataclass

DEFAULT_SRAM_BYTES = 96 * 1024
"""Shared memory of a Volta SM, a floor for data-centre GPUs (A100 164 KiB, H100 228 KiB);
used when no CUDA device can be asked (interpreter mode)."""

MIN_BLOCK = 16
"""`tl.dot` needs every tile side >= 16."""

MAX_BLOCK = 128
"""Past 128 rows the fp32 accumulator spills out of registers."""


@dataclass(frozen=True, slots=True)
class Tiles:
    """One choice of tile sizes for a head dimension and element size."""

    block_m: int
    """B_r: query rows per program (prefill)."""
    block_n: int
    """B_c: key/value rows loaded per inner-loop step."""


def _pow2_floor(x: int) -> int:
    return 1 << (max(x, 1).bit_length() - 1)


def _clamp(x: int) -> int:
    return max(MIN_BLOCK, min(MAX_BLOCK, x))


def sram_tiles(head_dim: int, elem_bytes: int, sram_bytes: int = DEFAULT_SRAM_BYTES) -> Tiles:
    """B_c = ceil(M / 4d), B_r = min(B_c, d), M in elements of the input dtype.

    d is the head dim padded to the power of two the tiles really occupy (96 -> 128); the
    fp32 accumulator is wider than 16-bit inputs, so tiles are halved until all four fit.
    """
    d = max(MIN_BLOCK, 1 << (head_dim - 1).bit_length())
    b_c = math.ceil(sram_bytes // elem_bytes / (4 * d))
    block_m, block_n = _clamp(_pow2_floor(min(b_c, d))), _clamp(_pow2_floor(b_c))
    while not fits_sram(block_m, block_n, d, elem_bytes, sram_bytes) and block_n > MIN_BLOCK:
        if block_m > block_n:
            block_m //= 2
        else:
            block_n //= 2
    return Tiles(block_m=block_m, block_n=block_n)


def fits_sram(block_m: int, block_n: int, head_dim_pad: int, elem_bytes: int, sram_bytes: int) -> bool:
    """Q, K, V tiles in the input dtype plus the fp32 accumulator fit the budget."""
    inputs = (block_m + 2 * block_n) * head_dim_pad * elem_bytes
    accumulator = block_m * head_dim_pad * 4
    return inputs + accumulator <= sram_bytes


def cuda_sram_bytes(device_index: int) -> int:
    """Opt-in shared memory per block of a CUDA device (the most a kernel may ask for)."""
    import torch

    props = torch.cuda.get_device_properties(device_index)
    return int(getattr(props, "shared_memory_per_block_optin", DEFAULT_SRAM_BYTES))


def default_num_splits(batch: int, kv_heads: int, max_context: int, block_n: int, num_sms: int) -> int:
    """Flash-decoding splits: enough programs for two waves over the SMs, >= 1 key tile each."""
    programs = batch * kv_heads
    wanted = math.ceil(2 * num_sms / programs)
    return max(1, min(wanted, math.ceil(max_context / block_n), 64))

"""Tile sizes follow FlashAttention's SRAM rule: B_c = ceil(M / 4d), B_r = min(B_c, d)."""

import pytest

from loopwright.kernels import tiling


@pytest.mark.parametrize(
    ("head_dim", "elem_bytes", "sram_bytes", "block_m", "block_n"),
    [
        (64, 4, 96 * 1024, 64, 64),  # M = 24576 fp32 elements: B_c = 96 -> 64, B_r = 64
        (128, 4, 96 * 1024, 32, 32),  # B_c = 48 -> 32, B_r = 32
        (64, 2, 96 * 1024, 64, 128),  # M = 49152 bf16: B_c = 192 -> capped at 128, B_r = 64
        (96, 4, 96 * 1024, 32, 32),  # d padded to 128: as for 128
        (64, 2, 32 * 1024, 64, 32),  # B_c = 64, B_r = 64 overflow with the fp32 accumulator: B_c halved
        (128, 4, 8 * 1024, 16, 16),  # B_c = 4: raised to tl.dot's minimum of 16
    ],
)
def test_tiles_follow_the_sram_rule_rounded_to_powers_of_two(head_dim, elem_bytes, sram_bytes, block_m, block_n):
    tiles = tiling.sram_tiles(head_dim, elem_bytes, sram_bytes)
    assert (tiles.block_m, tiles.block_n) == (block_m, block_n)


@pytest.mark.parametrize("head_dim", [64, 96, 128])
@pytest.mark.parametrize("elem_bytes", [2, 4])
def test_default_tiles_fit_the_budget_they_came_from(head_dim, elem_bytes):
    tiles = tiling.sram_tiles(head_dim, elem_bytes)
    head_dim_pad = 1 << (head_dim - 1).bit_length()
    assert tiling.fits_sram(tiles.block_m, tiles.block_n, head_dim_pad, elem_bytes, tiling.DEFAULT_SRAM_BYTES)


@pytest.mark.parametrize(
    ("batch", "kv_heads", "max_context", "splits"),
    [
        (1, 3, 8192, 64),  # few programs, long context: as many splits as allowed
        (64, 8, 8192, 1),  # 512 programs already fill 108 SMs twice over
        (1, 1, 100, 2),  # never more splits than key tiles
    ],
)
def test_split_count_fills_the_gpu_but_never_below_one_tile(batch, kv_heads, max_context, splits):
    assert tiling.default_num_splits(batch, kv_heads, max_context, block_n=64, num_sms=108) == splits

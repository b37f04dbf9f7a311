"""A forward's matmuls of SmolLM2-135M's shapes on the AMX build: the tiles (or, below their
threshold, the int8 blocks) against the int8 panels, per row count (session 39; a quiet machine).
The README's tile figures for 4-8 rows are from before the threshold moved from 4 to 9 rows.

    PYTHONPATH=. .venv/bin/python docs/results/decode-2026-12-08-s39-amx/matmuls_by_rows.py 4 8 9 12 32
"""
import statistics
import sys
import time

import torch

from loopwright.kernels.cpu_build import AMX, load_build
from loopwright.kernels.gguf_matmul import QuantizedMatrix
from tests.kernels.test_gguf_matmul import random_blocks

SHAPES = [("Q4_1", 960, 576), ("Q4_1", 576, 576), ("Q4_1", 3072, 576), ("Q4_1", 576, 1536), ("Q8_0", 49152, 576)]
"""A layer's q|k|v, o, gate|up and down (x 30 layers), and the LM head (once)."""


def median_seconds(fn, x: torch.Tensor, repeats: int) -> float:
    for _ in range(2):
        fn(x)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn(x)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(rows_list: list[int]) -> None:
    torch.set_num_threads(2)
    kernels = load_build(AMX)
    matrices = []
    for kind, n, k in SHAPES:
        weight = QuantizedMatrix.from_blocks(kind, random_blocks(kind, n, k), k).for_kernel(kernels)
        matrices.append((n, k, weight, kernels.Int8Panels(weight, k)))
    for rows in rows_list:
        tiles = panels = 0.0
        for n, k, weight, int8_panels in matrices:
            x = torch.randn(rows, k)
            repeats, times = (6, 1) if n > 10000 else (30, 30)
            tiles += times * median_seconds(lambda x, w=weight: kernels.gguf_matmul(x, w), x, repeats)
            panels += times * median_seconds(int8_panels.matmul, x, repeats)
        print(f"rows {rows:3d}: tiles/blocks {tiles * 1e3:7.2f} ms   int8 panels {panels * 1e3:7.2f} ms", flush=True)


if __name__ == "__main__":
    main([int(r) for r in sys.argv[1:]] or [1, 2, 4, 6, 8, 12, 16, 24, 32])

"""One layer's matrices and the LM head of the embedded model, int8 block kernel vs int8 panels.

    python docs/results/decode-2026-12-06-s30-epyc/panel_matrices.py

For 1-16 rows of random activations: the best of 5 x 30 calls of each (hot caches), the largest
error of each against the float64 product with the de-quantized weight (relative to the
largest output), and whether a row's panel result equals its result alone.
"""

import functools
import time

import torch

from loopwright.kernels import cpu_kernels
from loopwright.models import load, make_engine


def best_ms(fn, calls: int = 30, repeats: int = 5) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        for _ in range(calls):
            fn()
        times.append((time.perf_counter() - started) / calls)
    return 1e3 * min(times)


def main() -> None:
    kernels = cpu_kernels()
    forward = make_engine(load("smollm2-135m")).forward
    layer = forward.quantized_layers[0]
    torch.manual_seed(0)
    for name, matrix in [("gate_up", layer.gate_up), ("down", layer.down), ("qkv", layer.qkv),
                         ("head", forward.quantized_head)]:
        blocks = matrix.for_kernel(kernels)
        panels = kernels.Int8Panels(blocks, matrix.in_features)
        weight = matrix.dequantize().double()
        print(name, matrix.kind, tuple(weight.shape))
        for rows in (1, 2, 3, 4, 8, 16):
            x = torch.randn(rows, matrix.in_features)
            exact = x.double() @ weight.T
            scale = exact.abs().max()
            by_blocks, by_panels = kernels.gguf_matmul(x, blocks), panels.matmul(x)
            alone = torch.equal(panels.matmul(x[-1:])[0], by_panels[-1])
            blocks_ms = best_ms(functools.partial(kernels.gguf_matmul, x, blocks))
            panels_ms = best_ms(functools.partial(panels.matmul, x))
            print(f"  rows {rows:2d}: blocks {blocks_ms:.3f} ms, panels {panels_ms:.3f} ms; error blocks "
                  f"{((by_blocks.double() - exact).abs().max() / scale):.2e}, panels "
                  f"{((by_panels.double() - exact).abs().max() / scale):.2e}; last row as alone {alone}")


if __name__ == "__main__":
    main()

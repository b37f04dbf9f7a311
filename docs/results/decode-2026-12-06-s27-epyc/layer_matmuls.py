"""The int8 GGUF matmuls of one decode step of a SmolLM2-135M-shaped model, alone: ROWS rows
against LAYERS layers of random Q4_1 matrices (q|k|v, o, gate|up, down; 30 layers stream from
memory, 3 repeated stay in L3) and a Q8_0 LM head; the least of 15 timings of 10 steps each
(a noisy 2-vCPU VM).

    .venv/bin/python docs/results/decode-2026-12-06-s27-epyc/layer_matmuls.py ROWS LAYERS THREADS
"""

import sys
import time

import torch

from loopwright.kernels import backends
from loopwright.kernels.gguf_matmul import QuantizedMatrix


def random_matrix(kind: str, out_features: int, in_features: int, gen: torch.Generator) -> QuantizedMatrix:
    blocks = in_features // 32
    code_bytes = 16 if kind == "Q4_1" else 32
    codes = torch.randint(0, 256, (out_features, blocks * code_bytes), dtype=torch.uint8, generator=gen)
    scales = (torch.rand(out_features, blocks, generator=gen) * 0.01).half().float()
    mins = (-torch.rand(out_features, blocks, generator=gen) * 0.05).half().float() if kind == "Q4_1" else None
    return QuantizedMatrix(kind, codes, scales, mins, in_features)


def main() -> None:
    rows, layers, threads = (int(a) for a in sys.argv[1:4])
    torch.set_num_threads(threads)
    kernels, gen = backends.cpu_kernels(), torch.Generator().manual_seed(0)
    shapes = [(960, 576), (576, 576), (3072, 576), (576, 1536)]
    stack = [[random_matrix("Q4_1", n, k, gen).for_kernel(kernels) for n, k in shapes] for _ in range(layers)]
    head = random_matrix("Q8_0", 49152, 576, gen).for_kernel(kernels)
    x576, x1536 = torch.randn(rows, 576, generator=gen), torch.randn(rows, 1536, generator=gen)

    def layer_matmuls() -> None:
        for qkv, o, gate_up, down in stack * (30 // layers):
            for weight, x in ((qkv, x576), (o, x576), (gate_up, x576), (down, x1536)):
                kernels.gguf_matmul(x, weight)

    def lm_head() -> None:
        kernels.gguf_matmul(x576, head)

    best = {}
    for name, step in (("layers_ms", layer_matmuls), ("head_ms", lm_head)):
        step()
        timings = []
        for _ in range(15):
            start = time.perf_counter()
            for _ in range(10):
                step()
            timings.append((time.perf_counter() - start) / 10 * 1e3)
        best[name] = round(min(timings), 3)
    print(best)


if __name__ == "__main__":
    main()

"""A whole decode step's time by its number of rows, on the path the engine picks for them.

    python docs/results/decode-2026-12-06-s29-epyc/decode_rows.py --panels-from-rows 8 1 2 3 4 6 7 8 16

For each row count N: N prompts decode 48 greedy tokens together on the embedded model; prints
the median and least of the decode steps' forward times (the first two of each count left out).
`--panels-from-rows` sets `kernels.backends.BF16_PANELS_FROM_ROWS` for the run (the avx512_bf16
build's switch from the int8 blocks to the bf16 panels).
"""

import argparse
import time
from collections import defaultdict

from loopwright.kernels import backends
from loopwright.models import make_engine
from loopwright.models.loading import load
from loopwright.models.sampling import SamplingParams


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rows", type=int, nargs="+")
    parser.add_argument("--panels-from-rows", type=int, default=backends.BF16_PANELS_FROM_ROWS)
    args = parser.parse_args()
    backends.BF16_PANELS_FROM_ROWS = args.panels_from_rows
    engine = make_engine(load("smollm2-135m"), kind="ours")
    steps: dict[int, list[float]] = defaultdict(list)
    run = engine.runner.run

    def timed(batch):
        started = time.perf_counter()
        logits = run(batch)
        if not batch.is_prefill:
            steps[len(batch.seqs)].append(time.perf_counter() - started)
        return logits

    engine.runner.run = timed
    params = SamplingParams(max_new_tokens=48, temperature=0.0, ignore_eos=True)
    for rows in args.rows:
        engine.generate([f"Write a long story about the number {i} and a cat." for i in range(rows)], params)
    for rows in sorted(steps):
        times = sorted(steps[rows][2:])
        median = times[len(times) // 2]
        print(f"{rows} rows: median {1e3 * median:.1f} ms, least {1e3 * times[0]:.1f} ms, {rows / median:.0f} tok/s")


if __name__ == "__main__":
    main()

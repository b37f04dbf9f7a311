"""One LoRA training step in float32 against the same step under bf16 autocast.

SmolLM2-135M (the embedded model) with LoRA r=16 on every projection, `--rows` rows of
`--tokens` tokens, logits and loss on the last `--trained` positions of each row (an agent
row trains on its completions, not its prompt), forward + backward + AdamW: what a step of
SFT or of RL's update costs. The two precisions alternate, `--repeats` timed steps each after
a warm-up, so a noisy machine slows both alike. One JSON line: each median step time and
range, the speedup (fp32 / bf16), the last losses (close, not equal), the CPU and whether it
has bf16 dot products (`loopwright train --precision auto` uses bf16 only where it does).

    .venv/bin/python -m loopwright.bench.train_precision --repeats 4
"""

import argparse
import json
import statistics
import time

import torch

from loopwright.train.precision import BF16_CPU_FLAGS, resolve_precision


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--rows", type=int, default=4)
    p.add_argument("--tokens", type=int, default=460)
    p.add_argument("--trained", type=int, default=140, help="Positions per row with logits and loss.")
    p.add_argument("--repeats", type=int, default=4)
    p.add_argument("--threads", type=int, default=torch.get_num_threads())
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    from loopwright.kernels.cpu_features import host_cpu
    from loopwright.models.loading import load
    from loopwright.train.policy import LoraPolicy, LoraSettings

    args = parse_args(argv)
    torch.set_num_threads(args.threads)
    policy = LoraPolicy.wrap(load("smollm2-135m").hf_model, LoraSettings())
    optimizer = torch.optim.AdamW(policy.trainable_parameters(), lr=1e-5)
    ids = torch.randint(0, policy.model.config.vocab_size, (args.rows, args.tokens),
                        generator=torch.Generator().manual_seed(0))

    def step(precision: str) -> float:
        policy.precision = precision
        with policy.autocast():
            logits = policy.model(input_ids=ids, logits_to_keep=args.trained + 1).logits.float()
        logprobs = torch.log_softmax(logits[:, :-1], -1).gather(-1, ids[:, -args.trained:, None])
        loss = -logprobs.mean()
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
        return float(loss)

    times: dict[str, list[float]] = {"fp32": [], "bf16": []}
    losses: dict[str, float] = {}
    for precision in times:
        step(precision)  # warm-up: first-call allocation and kernel selection
    for _ in range(args.repeats):
        for precision, seconds in times.items():
            began = time.perf_counter()
            losses[precision] = step(precision)
            seconds.append(time.perf_counter() - began)
    cpu = host_cpu()
    median = {p: statistics.median(s) for p, s in times.items()}
    print(json.dumps({
        "bench": "train_precision", "model": "smollm2-135m", "cpu": cpu.model_name, "threads": args.threads,
        "rows": args.rows, "tokens": args.tokens, "trained": args.trained, "repeats": args.repeats,
        "fp32_step_s": round(median["fp32"], 3), "fp32_step_s_range": [round(min(times["fp32"]), 3), round(max(times["fp32"]), 3)],
        "bf16_step_s": round(median["bf16"], 3), "bf16_step_s_range": [round(min(times["bf16"]), 3), round(max(times["bf16"]), 3)],
        "speedup_bf16": round(median["fp32"] / median["bf16"], 2),
        "last_loss": {p: round(v, 4) for p, v in losses.items()},
        "cpu_bf16_flags": sorted(BF16_CPU_FLAGS & cpu.flags), "auto_picks": resolve_precision("auto", cpu),
    }))


if __name__ == "__main__":
    main()

"""One LoRA training step of agent rows four ways: float32, bf16 autocast with SDPA, bf16
autocast with the training attention (`train.attention`: eager for a step's small batches), and
that with adapters in the last `--lora-layers` decoder layers only (`LoraSettings.layers`: the
backward stops there).

SmolLM2-135M (the embedded model) with LoRA r=16 on every projection; `--rows` rows laid out
as an agent's: a `--prefix`-token system prompt they share, then their own task and reply
(`--suffix` tokens on average, lengths spread +-25%), the loss on the last `--trained`
positions. The step is the policy's own path (`LoraPolicy.token_logprobs`: the shared prefix
once, logits only where the loss reads) + the SFT loss + backward + AdamW: what a step of SFT
or RL's update costs. The variants alternate, `--repeats` timed steps each after a warm-up,
so a noisy machine slows them alike. One JSON line: each variant's median step time and
range, the speedups, the last losses (close, not equal), the CPU and whether it has bf16 dot
products (`loopwright train --precision auto` uses bf16 only where it does).

    .venv/bin/python -m loopwright.bench.train_step --repeats 4
"""

import argparse
import copy
import json
import statistics
import time

import torch

from loopwright.train.precision import BF16_CPU_FLAGS, resolve_precision

VARIANTS = {"fp32": ("fp32", "training", False), "bf16_sdpa": ("bf16", "sdpa", False),
            "bf16": ("bf16", "training", False), "bf16_last_layers": ("bf16", "training", True)}
"""Name -> (precision, attention, adapters in the last `--lora-layers` layers only): "training"
is `train.attention`, what the policy uses."""


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--rows", type=int, default=4)
    p.add_argument("--prefix", type=int, default=129, help="Leading tokens every row shares (system prompt, tools).")
    p.add_argument("--suffix", type=int, default=180, help="Mean tokens of each row after the prefix.")
    p.add_argument("--trained", type=int, default=35, help="Positions per row with logits and loss.")
    p.add_argument("--repeats", type=int, default=4)
    p.add_argument("--lora-layers", type=int, default=12, help="The last variant's adapted layers, of 30.")
    p.add_argument("--threads", type=int, default=torch.get_num_threads())
    return p.parse_args(argv)


def agent_rows(args: argparse.Namespace, vocab_size: int) -> list:
    """Rows of random tokens with a shared prefix and suffixes of spread lengths."""
    from loopwright.agent.trajectory import TokenSequence

    generator = torch.Generator().manual_seed(0)
    prefix = torch.randint(0, vocab_size, (args.prefix,), generator=generator).tolist()
    rows = []
    for i in range(args.rows):
        spread = (i / max(args.rows - 1, 1) - 0.5) / 2  # -25% .. +25%
        ids = prefix + torch.randint(0, vocab_size, (round(args.suffix * (1 + spread)),), generator=generator).tolist()
        trained = min(args.trained, len(ids) - args.prefix)
        rows.append(TokenSequence(ids, [0] * (len(ids) - trained) + [1] * trained, [0.0] * len(ids)))
    return rows


def main(argv: list[str] | None = None) -> None:
    from loopwright.kernels.cpu_features import host_cpu
    from loopwright.models.loading import load
    from loopwright.train.attention import TRAINING_ATTENTION
    from loopwright.train.batch import collate
    from loopwright.train.losses import sft_loss
    from loopwright.train.policy import LoraPolicy, LoraSettings

    args = parse_args(argv)
    torch.set_num_threads(args.threads)
    hf_model = load("smollm2-135m").hf_model
    policies = {last: LoraPolicy.wrap(copy.deepcopy(hf_model), LoraSettings(layers=args.lora_layers if last else None))
                for last in (False, True)}
    optimizers = {last: torch.optim.AdamW(policy.trainable_parameters(), lr=1e-5) for last, policy in policies.items()}
    batch = collate(agent_rows(args, hf_model.config.vocab_size))

    def step(variant: str) -> float:
        precision, attention, last = VARIANTS[variant]
        policy, optimizer = policies[last], optimizers[last]
        policy.precision = precision
        policy.model.get_base_model().set_attn_implementation(TRAINING_ATTENTION if attention == "training" else attention)
        loss = sft_loss(policy.token_logprobs(batch), batch.loss_mask, "token")
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
        return float(loss.detach())

    times: dict[str, list[float]] = {name: [] for name in VARIANTS}
    losses: dict[str, float] = {}
    for variant in times:
        step(variant)  # warm-up: first-call allocation and kernel selection
    for _ in range(args.repeats):
        for variant, seconds in times.items():
            began = time.perf_counter()
            losses[variant] = step(variant)
            seconds.append(time.perf_counter() - began)
    cpu = host_cpu()
    median = {v: statistics.median(s) for v, s in times.items()}
    print(json.dumps({
        "bench": "train_step", "model": "smollm2-135m", "cpu": cpu.model_name, "threads": args.threads,
        "rows": args.rows, "prefix": args.prefix, "suffix": args.suffix, "trained": args.trained,
        "repeats": args.repeats, "lora_layers": args.lora_layers,
        "step_s": {v: round(m, 3) for v, m in median.items()},
        "step_s_range": {v: [round(min(s), 3), round(max(s), 3)] for v, s in times.items()},
        "speedup_bf16": round(median["fp32"] / median["bf16"], 2),
        "speedup_training_attention": round(median["bf16_sdpa"] / median["bf16"], 2),
        "speedup_last_layers": round(median["bf16"] / median["bf16_last_layers"], 2),
        "last_loss": {v: round(x, 4) for v, x in losses.items()},
        "cpu_bf16_flags": sorted(BF16_CPU_FLAGS & cpu.flags), "auto_picks": resolve_precision("auto", cpu),
    }))


if __name__ == "__main__":
    main()

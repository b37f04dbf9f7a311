"""The session-28 probe: SFT on one suite's forced demonstrations at one learning rate, with
pass@1 on its `test` split after every `CHUNK` steps (the learn bench's SFT, without the rest).

    .venv/bin/python docs/results/learn-2026-12-06-s28-epyc/sft_probe.py SUITE CHUNK ROUNDS LR TEST_LIMIT
    .venv/bin/python docs/results/learn-2026-12-06-s28-epyc/sft_probe.py shell 40 3 1e-3 24
"""

import json
import sys
import time
from pathlib import Path

from loopwright.bench.learn_stages import DemoCycle, Settings, Stages, per_family
from loopwright.envs.tasks import load_suite
from loopwright.train.config import TrainConfig
from loopwright.train.policy import LoraSettings
from loopwright.train.stack import build_stack, trainable_policy


class FromStep(DemoCycle):
    """The demonstrations in the order a single run of `offset` + n steps would take them."""

    def __init__(self, demos: list, batch: int, offset: int) -> None:
        super().__init__(demos, batch)
        self.offset = offset

    def collect(self, step: int) -> list:
        return super().collect(step + self.offset)


def main(suite: str, chunk: int, rounds: int, lr: float, limit: int) -> None:
    out = Path(f"/tmp/probe/out-{suite}")
    out.mkdir(parents=True, exist_ok=True)
    stack = build_stack("smollm2-135m", "ours", "docker", out / "traces", 2, pool_size=8)
    settings = Settings(samples=2, eval_temperature=0.2, max_turns=2, max_new_tokens=128, concurrency=8,
                        lora=LoraSettings(r=16, alpha=32), seed=0, precision="bf16", replay_weight=4.0)
    stages = Stages(stack, settings, print)
    try:
        train = load_suite(suite, "train").tasks
        test = load_suite(suite, "test", limit).tasks
        demos = stages.demonstrations(per_family(train, 12))
        policy, moments = trainable_policy(stack.local, settings.lora), None
        for r in range(rounds):
            config = TrainConfig(algo="sft", steps=chunk, lr=lr, lora=settings.lora, checkpoint_every=chunk,
                                 seed=0, precision="bf16", replay_weight=4.0)
            began = time.time()
            history, moments = stages._train(policy, config, FromStep(demos, 4, r * chunk), out / f"sft-{r}",
                                             moments=moments)
            figure = stages.evaluate(suite, "test", test, f"after {(r + 1) * chunk}")
            print(json.dumps({"suite": suite, "lr": lr, "steps": (r + 1) * chunk, "train_s": round(time.time() - began),
                              "loss": round(sum(h.loss for h in history[-5:]) / 5, 4), "pass": figure.pass_at_1,
                              "ci": figure.interval, "fam": figure.per_family}), flush=True)
    finally:
        stack.sandboxes.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]))

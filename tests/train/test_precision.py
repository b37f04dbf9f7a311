"""Training in bf16 autocast: chosen only where the CPU multiplies bf16 itself, and the same
SFT step as float32 up to bf16 rounding, with float32 logprobs, adapters and gradients."""

import pytest
import torch

from loopwright.agent.trajectory import Trajectory, Turn
from loopwright.kernels.cpu_features import CPUInfo
from loopwright.train.batch import collate
from loopwright.train.config import TrainConfig
from loopwright.train.policy import LoraPolicy, LoraSettings
from loopwright.train.precision import resolve_precision
from loopwright.train.trainer import Trainer
from tests.train.token_env import tiny_llama


@pytest.mark.parametrize(("flags", "expected"), [({"avx512f", "avx512_bf16"}, "bf16"), ({"amx_bf16"}, "bf16"),
                                                 ({"avx512f", "avx2"}, "fp32"), (set(), "fp32")])
def test_auto_is_bf16_only_where_the_cpu_has_bf16_dot_products(flags, expected):
    assert resolve_precision("auto", CPUInfo("cpu", frozenset(flags))) == expected


def test_an_explicit_precision_is_kept_and_an_unknown_one_refused():
    no_bf16 = CPUInfo("cpu", frozenset())
    assert resolve_precision("bf16", no_bf16) == "bf16" and resolve_precision("fp32", no_bf16) == "fp32"
    with pytest.raises(ValueError, match="precision must be one of auto, fp32, bf16, got 'fp16'"):
        resolve_precision("fp16", no_bf16)
    with pytest.raises(ValueError, match="precision must be fp32 or bf16, got 'auto'"):
        TrainConfig(algo="sft", precision="auto")


def _sft_step(precision: str) -> tuple[Trainer, float]:
    torch.manual_seed(0)
    config = TrainConfig(algo="sft", lr=1e-2, lora=LoraSettings(r=4, alpha=8), precision=precision)
    trainer = Trainer(LoraPolicy.wrap(tiny_llama(), config.lora), config)
    return trainer, trainer.step(0, RUNS).loss


RUNS = [Trajectory(f"r{i}", [Turn([1, 2, 3], [5 + i, 9, 11 - i], [-1.0] * 3)], "task", "g", 1.0) for i in range(3)]


def _gradient(policy: LoraPolicy) -> torch.Tensor:
    """The gradient of the rows' summed logprobs over every adapter weight, flattened."""
    batch = collate([run.sequences()[0] for run in RUNS], 0)
    (policy.token_logprobs(batch) * batch.loss_mask).sum().backward()
    return torch.cat([p.grad.flatten() for p in policy.trainable_parameters() if p.grad is not None])


def test_a_bf16_sft_step_matches_float32_up_to_bf16_rounding():
    fp32, fp32_loss = _sft_step("fp32")
    bf16, bf16_loss = _sft_step("bf16")
    assert bf16.policy.precision == "bf16" and fp32.policy.precision == "fp32"
    assert bf16_loss != fp32_loss  # the passes did run in another arithmetic
    assert bf16_loss == pytest.approx(fp32_loss, rel=2e-2)
    # from the same (stepped) weights, the two arithmetics' gradients point the same way
    bf16.policy.load_adapter_state(fp32.policy.adapter_state())
    exact, rounded = _gradient(fp32.policy), _gradient(bf16.policy)
    assert rounded.dtype == torch.float32 and not torch.equal(exact, rounded)
    assert torch.nn.functional.cosine_similarity(exact, rounded, dim=0) > 0.99
    run = Trajectory("x", [Turn([1, 2], [3, 4], [-1.0, -1.0])], "task", "g", 1.0)
    scores = bf16.policy.scores(collate(run.sequences(), 0))
    assert scores.logprobs.dtype == torch.float32 and scores.logits.dtype == torch.float32

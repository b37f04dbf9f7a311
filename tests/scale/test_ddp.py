"""Data-parallel training: two gloo ranks, each on its share of the rows, produce the
gradients (and the loss) of one process training on the whole round."""

import pytest
import torch
import torch.distributed as dist
import torch.multiprocessing as mp

from loopwright.train.config import TrainConfig
from loopwright.train.policy import LoraPolicy, LoraSettings
from loopwright.train.trainer import Trainer
from tests.train.token_env import TokenTaskEnv, tiny_llama

ALGOS = ("grpo", "ppo", "sft")


def _config(algo: str) -> TrainConfig:
    # 3 rows a micro-batch over 12 rows: each rank has two micro-batches, one of them short
    return TrainConfig(algo=algo, group_size=6, lr=1e-2, micro_batch_rows=3, sft_threshold=0.5,
                       lora=LoraSettings(r=4, alpha=8))


def _round() -> list:
    """One round of 12 sampled runs (two tasks, groups of 6), the same in every process."""
    return TokenTaskEnv(LoraPolicy.wrap(tiny_llama(seed=1)), group_size=6, seed=3).collect(0)


def _gradients_and_loss(algo: str, ranks=None) -> tuple[list[torch.Tensor], float]:
    """The gradients AdamW is about to apply in step 0, and the step's loss."""
    torch.manual_seed(7 + (ranks.rank if ranks else 0))  # ranks' adapter inits differ until broadcast
    config = _config(algo)
    trainer = Trainer(LoraPolicy.wrap(tiny_llama(), config.lora), config, ranks=ranks)
    seen: list[torch.Tensor] = []
    trainer.optimizer.register_step_pre_hook(
        lambda opt, args, kwargs: seen.extend(p.grad.clone() for g in opt.param_groups for p in g["params"]))
    stats = trainer.step(0, _round())
    return seen, stats.loss


def _rank(rank: int, world_size: int, init_file: str, out: str) -> None:
    from loopwright.scale.ddp import GlooRanks

    torch.set_num_threads(1)
    dist.init_process_group("gloo", init_method=f"file://{init_file}", rank=rank, world_size=world_size)
    ranks = GlooRanks()
    results = {algo: _gradients_and_loss(algo, ranks) for algo in ALGOS}
    if rank == 0:
        torch.save(results, out)
    ranks.close()


def test_two_rank_step_has_the_single_process_gradients(tmp_path):
    out = tmp_path / "ranks.pt"
    mp.spawn(_rank, args=(2, str(tmp_path / "init"), str(out)), nprocs=2, join=True)
    ranked = torch.load(out)
    for algo in ALGOS:
        grads, loss = _gradients_and_loss(algo)
        rank_grads, rank_loss = ranked[algo]
        assert len(grads) == len(rank_grads) > 0
        assert any(g.abs().max() > 0 for g in grads), algo  # the round carries a signal
        for single, split in zip(grads, rank_grads, strict=True):
            torch.testing.assert_close(split, single, rtol=1e-5, atol=1e-7)
        assert rank_loss == pytest.approx(loss, rel=1e-5, abs=1e-7), algo


def test_dpo_refuses_ranks_because_its_loss_does_not_split_by_rows():
    class OneRank:
        rank, world_size = 0, 1

    with pytest.raises(ValueError, match="dpo's loss is not a sum over rows"):
        Trainer(LoraPolicy.wrap(tiny_llama()), TrainConfig(algo="dpo"), ranks=OneRank())

"""Data-parallel training ranks on torch.distributed (gloo on CPU), started like torchrun.

`loopwright train --nproc N` re-runs itself under `torch.distributed.run` (torchrun's own
module); each rank joins the gloo group from the environment torchrun sets. Rank 0 collects
the round's rollouts and broadcasts them, every rank trains on its share of the rows
(`Trainer(ranks=...)`), and only rank 0 writes checkpoints, the log and the adapter.
"""

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import torch
import torch.distributed as dist

from loopwright.agent.trajectory import Trajectory
from loopwright.train.config import TrainConfig
from loopwright.train.loop import RolloutSource, StepAbandoned, StopRequest
from loopwright.train.trainer import StepStats, Trainer

ARGV_ENV = "LOOPWRIGHT_RANK_ARGV"
"""The command line each rank runs, as JSON: set only in the ranks' environment, so the
command started by torchrun knows it is a rank and does not launch torchrun again (and
torchrun's own parser never sees the command's flags)."""


def launch_ranks(nproc: int, argv: list[str]) -> int:
    """Runs `loopwright *argv` as `nproc` ranks under torchrun (one node, a free port);
    returns torchrun's exit code (non-zero when any rank failed)."""
    command = [
        sys.executable, "-m", "torch.distributed.run", "--standalone", "--nnodes=1",
        f"--nproc-per-node={nproc}", "--no-python",
        sys.executable, "-c", "from loopwright.scale.ddp import rank_main; rank_main()",
    ]
    env = {**os.environ, ARGV_ENV: json.dumps(argv), "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "1")}
    return subprocess.call(command, env=env)


def rank_main() -> None:
    """What torchrun runs in each rank: the launching command line, through the CLI."""
    from loopwright.cli import main

    sys.argv = ["loopwright", *json.loads(os.environ[ARGV_ENV])]
    main()


def is_rank() -> bool:
    """True inside a process torchrun started for `launch_ranks`."""
    return ARGV_ENV in os.environ


class GlooRanks:
    """This process's place in the default process group; joins it (gloo, env://) if needed."""

    def __init__(self) -> None:
        if not dist.is_initialized():
            dist.init_process_group("gloo")
        self.rank = dist.get_rank()
        self.world_size = dist.get_world_size()

    def all_reduce_sum(self, tensors: list[torch.Tensor]) -> None:
        """Sums in place, one collective per dtype (a LoRA model has hundreds of small tensors)."""
        for group in _by_dtype(tensors):
            flat = torch.cat([t.reshape(-1) for t in group])
            dist.all_reduce(flat, op=dist.ReduceOp.SUM)
            _unflatten(flat, group)

    def broadcast_from_first(self, tensors: list[torch.Tensor]) -> None:
        for group in _by_dtype(tensors):
            flat = torch.cat([t.detach().reshape(-1) for t in group])
            dist.broadcast(flat, src=0)
            _unflatten(flat, group)

    def close(self) -> None:
        dist.destroy_process_group()


def _by_dtype(tensors: list[torch.Tensor]) -> list[list[torch.Tensor]]:
    """The tensors grouped by dtype, groups in the same order on every rank (a set of dtypes
    iterates in a per-process order, and collectives must match one to one)."""
    dtypes = sorted({t.dtype for t in tensors}, key=str)
    return [[t for t in tensors if t.dtype == dtype] for dtype in dtypes]


def _unflatten(flat: torch.Tensor, tensors: list[torch.Tensor]) -> None:
    offset = 0
    for t in tensors:
        t.copy_(flat[offset : offset + t.numel()].view_as(t))
        offset += t.numel()


class BroadcastRollouts:
    """A `RolloutSource` for every rank: rank 0 collects from `source`, the others receive
    the same round. A step abandoned on rank 0 (a stop signal) is abandoned on every rank."""

    def __init__(self, source: RolloutSource | None, ranks: GlooRanks) -> None:
        if (source is None) != (ranks.rank > 0):
            raise ValueError("rank 0, and only rank 0, collects rollouts")
        self.source = source
        self.ranks = ranks

    def collect(self, step: int) -> list[Trajectory]:
        box: list[list[Trajectory] | None] = [None]
        if self.source is not None:
            try:
                box[0] = self.source.collect(step)
            except StepAbandoned:
                dist.broadcast_object_list(box, src=0)  # None: the others abandon it too
                raise
        dist.broadcast_object_list(box, src=0)
        if box[0] is None:
            raise StepAbandoned
        return box[0]


def train_as_follower(config: TrainConfig, model: str, ranks: GlooRanks, stop: StopRequest,
                      train: Callable[..., list[StepStats]]) -> list[StepStats]:
    """A rank above 0: the same policy and trainer as rank 0, rounds from rank 0, and its
    checkpoints and log in a scratch folder that is dropped (rank 0's `--out` is the record).
    `train` is the command's `train_until_stopped`, so a stop signal reaches this rank too."""
    from loopwright.models import load
    from loopwright.train.stack import trainable_policy

    local = load(model)
    trainer = Trainer(trainable_policy(local, config.lora), config,
                      pad_id=local.tokenizer.pad_token_id or 0, ranks=ranks)
    with tempfile.TemporaryDirectory(prefix=f"loopwright-rank{ranks.rank}-") as scratch:
        return train(trainer, BroadcastRollouts(None, ranks), Path(scratch), stop, progress=False)

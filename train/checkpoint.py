"""Checkpoints: adapters, optimizer and step, written atomically so a crash keeps the last.

Layout: `<out>/checkpoints/step-000010/{adapter.pt, optimizer.pt, state.json}` (plus
`value_head.pt` when the policy has one) and `<out>/checkpoints/LATEST` naming the newest
complete one. `state.json` also keeps the algorithm's own state (PPO's adaptive KL weight).
Sampling seeds and task order are derived from (seed, step), so restoring these is enough
for an exact resume,
provided the run goes on with the config it was saved with: `state.json` keeps it, and a
resume with a config that changes the run's meaning is refused.
"""

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import torch

from loopwright.train.algorithms import TrainingAlgorithm
from loopwright.train.config import TrainConfig
from loopwright.train.policy import LoraPolicy


@dataclass(slots=True)
class Checkpoint:
    step: int
    """Number of optimizer steps completed."""
    path: Path
    config: dict
    """The TrainConfig the run was saved with, as written (`TrainConfig.from_dict` reads it)."""
    algorithm: dict
    """The algorithm's `state_dict` ({} for those that keep nothing)."""


def save_checkpoint(
    out_dir: Path, step: int, policy: LoraPolicy, optimizer: torch.optim.Optimizer, config: TrainConfig,
    algorithm: TrainingAlgorithm | None = None,
) -> Path:
    root = out_dir / "checkpoints"
    final = root / f"step-{step:06d}"
    tmp = root / f".tmp-step-{step:06d}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    torch.save(policy.adapter_state(), tmp / "adapter.pt")
    torch.save(optimizer.state_dict(), tmp / "optimizer.pt")
    if policy.value_head is not None:
        torch.save(policy.value_head.state_dict(), tmp / "value_head.pt")
    state = {"step": step, "config": config.to_dict(), "algorithm": algorithm.state_dict() if algorithm else {}}
    (tmp / "state.json").write_text(json.dumps(state, indent=2))
    shutil.rmtree(final, ignore_errors=True)
    os.replace(tmp, final)
    latest_tmp = root / ".LATEST.tmp"
    latest_tmp.write_text(final.name)
    os.replace(latest_tmp, root / "LATEST")
    return final


def latest_checkpoint(out_dir: Path) -> Checkpoint | None:
    pointer = out_dir / "checkpoints" / "LATEST"
    if not pointer.is_file():
        return None
    path = out_dir / "checkpoints" / pointer.read_text().strip()
    state = json.loads((path / "state.json").read_text())
    return Checkpoint(step=int(state["step"]), path=path, config=state.get("config", {}),
                      algorithm=state.get("algorithm", {}))


def restore_checkpoint(
    ckpt: Checkpoint, policy: LoraPolicy, optimizer: torch.optim.Optimizer, requested: TrainConfig,
    algorithm: TrainingAlgorithm | None = None,
) -> TrainConfig:
    """Loads adapters, value head, optimizer and algorithm state once the saved config has
    been read back and checked against `requested` (`TrainConfig.check_resumes`); returns
    the saved config."""
    saved = TrainConfig.from_dict(ckpt.config)
    requested.check_resumes(saved)
    policy.load_adapter_state(torch.load(ckpt.path / "adapter.pt", weights_only=True))
    if policy.value_head is not None:
        policy.value_head.load_state_dict(torch.load(ckpt.path / "value_head.pt", weights_only=True))
    optimizer.load_state_dict(torch.load(ckpt.path / "optimizer.pt", weights_only=True))
    if algorithm is not None:
        algorithm.load_state_dict(ckpt.algorithm)
    return saved

"""A stopped training keeps its work: the last finished step is checkpointed, and `--resume`
continues to exactly the losses and adapters of an uninterrupted run, whether the stop came
while rollouts were collected (the step is abandoned) or while the trainer updated (the step
finishes). The signal path runs in a real process: SIGTERM, exit 0, a line saying how to resume.
"""

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import torch

from loopwright.agent.trajectory import Trajectory
from loopwright.train.checkpoint import latest_checkpoint
from loopwright.train.config import TrainConfig
from loopwright.train.log import read_log
from loopwright.train.loop import StopRequest, run_training
from loopwright.train.policy import LoraPolicy, LoraSettings
from loopwright.train.trainer import TIMING_FIELDS, Trainer
from tests.train.token_env import TokenTaskEnv, tiny_llama

STEPS = 4
DROP = TIMING_FIELDS


def _setup(lr: float = 1e-2) -> tuple[Trainer, TokenTaskEnv]:
    # checkpoint_every past the end: the only checkpoint before the last is the stop's
    config = TrainConfig(steps=STEPS, group_size=8, lr=lr, checkpoint_every=100, lora=LoraSettings(r=8, alpha=16))
    torch.manual_seed(1)
    policy = LoraPolicy.wrap(tiny_llama(), config.lora)
    return Trainer(policy, config), TokenTaskEnv(policy, group_size=config.group_size)


class _StopsDuringCollect:
    """Asks for the stop in the middle of collecting `step`, as a signal handler would."""

    def __init__(self, env: TokenTaskEnv, stop: StopRequest, step: int) -> None:
        self.env, self.stop, self.step = env, stop, step

    def collect(self, step: int) -> list[Trajectory]:
        runs = self.env.collect(step)
        if step == self.step:
            self.stop(signal.SIGTERM)
            raise AssertionError("the stop did not abandon the rollouts")
        return runs


def _uninterrupted(out: Path) -> None:
    trainer, env = _setup()
    run_training(trainer, env, out, progress=False)


def _assert_same_run(full: Path, cut: Path) -> None:
    rows = [[{k: v for k, v in r.items() if k not in DROP} for r in read_log(d / "train_log.jsonl")] for d in (full, cut)]
    assert [r["step"] for r in rows[1]] == list(range(STEPS))
    assert rows[0] == rows[1]  # the same losses, rewards and runs, step by step
    a = torch.load(full / "checkpoints" / f"step-{STEPS:06d}" / "adapter.pt")
    b = torch.load(cut / "checkpoints" / f"step-{STEPS:06d}" / "adapter.pt")
    assert all(torch.equal(a[k], b[k]) for k in a)


@pytest.mark.parametrize("during", ["collect", "update"])
def test_a_stopped_training_checkpoints_its_last_finished_step_and_resumes_exactly(tmp_path, during):
    _uninterrupted(tmp_path / "full")
    trainer, env = _setup()
    stop = StopRequest()
    synced: list[int] = []

    def sync(_policy) -> None:  # after each update; a stop asked here only marks
        synced.append(1)
        if during == "update" and len(synced) == 2:
            stop(signal.SIGTERM)

    source = _StopsDuringCollect(env, stop, 2) if during == "collect" else env
    history = run_training(trainer, source, tmp_path / "cut", on_weights=sync, progress=False, stop=stop)
    kept = 2  # collect: step 2's rollouts are dropped; update: step 1 finishes
    assert [s.step for s in history] == list(range(kept)) and len(synced) == kept
    assert latest_checkpoint(tmp_path / "cut").step == kept
    assert len(read_log(tmp_path / "cut" / "train_log.jsonl")) == kept
    trainer, env = _setup()
    resumed = run_training(trainer, env, tmp_path / "cut", resume=True, progress=False)
    assert [s.step for s in resumed] == list(range(kept, STEPS))
    _assert_same_run(tmp_path / "full", tmp_path / "cut")



def test_a_stop_overwrites_another_runs_checkpoint_of_the_same_step(tmp_path):
    for lr in (1e-1, 1e-2):  # a fresh run in a folder that holds another run's step 2
        trainer, env = _setup(lr)
        stop = StopRequest()
        run_training(trainer, _StopsDuringCollect(env, stop, 2), tmp_path, progress=False, stop=stop)
    saved = torch.load(latest_checkpoint(tmp_path).path / "adapter.pt")
    live = trainer.policy.adapter_state()
    assert all(torch.equal(saved[k], live[k]) for k in saved)


TRAIN = textwrap.dedent("""
    import sys
    from pathlib import Path
    from loopwright.cli.train import report_stop, train_until_stopped
    from loopwright.train.loop import StopRequest
    from tests.train.test_stop import _setup

    class Announced:  # says when each step's rollouts start, so the test can stop it mid-run
        def __init__(self, env):
            self.env = env
        def collect(self, step):
            print(f"collecting {step}", flush=True)
            return self.env.collect(step)

    out = Path(sys.argv[1])
    trainer, env = _setup()
    stop = StopRequest()
    train_until_stopped(trainer, Announced(env), out, stop, progress=False)
    if stop.requested:
        report_stop(stop, out, ["train", "--out", str(out)])
""")


@pytest.mark.slow
def test_sigterm_mid_run_checkpoints_exits_0_and_resume_reaches_the_same_losses(tmp_path):
    _uninterrupted(tmp_path / "full")
    cut = tmp_path / "cut"
    proc = subprocess.Popen([sys.executable, "-c", TRAIN, str(cut)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=Path(__file__).parents[2],
                            env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])})
    try:
        assert proc.stdout is not None
        while (line := proc.stdout.readline()) != "collecting 1\n":
            assert line, f"ended before step 1: {proc.communicate()[1]}"
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=120)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    kept = latest_checkpoint(cut).step
    assert 1 <= kept < STEPS
    assert f"stopped by SIGTERM at step {kept}; resume with: loopwright train --out {cut} --resume" in err
    trainer, env = _setup()
    assert [s.step for s in run_training(trainer, env, cut, resume=True, progress=False)] == list(range(kept, STEPS))
    _assert_same_run(tmp_path / "full", cut)

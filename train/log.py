"""Per-step metrics: a JSONL file (one line per step) and a PNG of reward per step."""

import json
from dataclasses import asdict
from pathlib import Path

from loopwright.train.trainer import StepStats


class StepLog:
    def __init__(self, path: Path, resume_from_step: int = 0) -> None:
        """Opens the log; on resume, lines of steps not covered by the checkpoint are dropped
        (they will be run again), so the file matches the resumed run exactly."""
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        kept = [r for r in read_log(path) if r["step"] < resume_from_step] if resume_from_step else []
        path.write_text("".join(json.dumps(r) + "\n" for r in kept))

    def write(self, stats: StepStats) -> None:
        with self.path.open("a") as f:
            f.write(json.dumps(asdict(stats)) + "\n")


def read_log(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def plot_rewards(log_path: Path, png_path: Path, title: str = "reward per step") -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = read_log(log_path)
    steps = [r["step"] for r in rows]
    fig, ax = plt.subplots(figsize=(6, 3.5))
    ax.plot(steps, [r["reward_mean"] for r in rows], marker="o", label="reward mean")
    ax.plot(steps, [r["pass_rate"] for r in rows], marker=".", linestyle="--", label="pass rate")
    ax.set_xlabel("step")
    ax.set_ylabel("reward")
    ax.set_title(title)
    ax.legend()
    fig.tight_layout()
    fig.savefig(png_path, dpi=100)
    plt.close(fig)
    return png_path

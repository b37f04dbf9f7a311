"""Per-step metrics: a JSONL file (one line per step), a PNG of reward per step and one of
reward and pass rate per task family.

Besides the trainer's `StepStats`, each line says what the step's runs were: how its
sampling went (`sampling`: groups drawn, kept, replaced), each task's pass counts (`tasks`,
which the curriculum replays on every step, see `train.curriculum`), and each family's
reward and pass rate, this step's and running over all steps so far (`families`).
"""

import json
from dataclasses import asdict
from pathlib import Path

from loopwright.agent.trajectory import Trajectory
from loopwright.train.curriculum import Outcome, family_of, outcomes_by
from loopwright.train.dynamic_sampling import sampling_counts
from loopwright.train.trainer import StepStats

STEP_LOG = "train_log.jsonl"
"""The step log's name in a training run's out dir."""


class StepLog:
    def __init__(self, path: Path, resume_from_step: int = 0) -> None:
        """Opens the log; on resume, lines of steps not covered by the checkpoint are dropped
        (they will be run again), so the file matches the resumed run exactly, and the
        running family totals are summed again from the lines kept."""
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        kept = [r for r in read_log(path) if r["step"] < resume_from_step] if resume_from_step else []
        path.write_text("".join(json.dumps(r) + "\n" for r in kept))
        self.family_totals: dict[str, Outcome] = {}
        """Every run so far of each family (for the running pass rate)."""
        for record in kept:
            for family, seen in record.get("families", {}).items():
                self.family_totals.setdefault(family, Outcome()).add(Outcome(seen["runs"], seen["passed"]))

    def write(self, stats: StepStats, runs: list[Trajectory]) -> None:
        """One line: `stats` and what `runs`, the step's runs, were (see the module doc); the
        per-task and per-family figures count the policy's own runs, not guidance's."""
        runs = [run for run in runs if not run.guided]
        record = asdict(stats) | {
            "sampling": asdict(sampling_counts(runs)),
            "tasks": {task_id: {"runs": o.runs, "passed": o.passed, "reward": o.reward_sum}
                      for task_id, o in outcomes_by(runs, lambda run: run.task_id).items()},
            "families": self._families(runs),
        }
        with self.path.open("a") as f:
            f.write(json.dumps(record) + "\n")

    def _families(self, runs: list[Trajectory]) -> dict[str, dict]:
        """Each family's runs this step, and its pass rate over every run so far."""
        out = {}
        for family, step in outcomes_by(runs, family_of).items():
            total = self.family_totals.setdefault(family, Outcome())
            total.add(step)
            out[family] = {"runs": step.runs, "passed": step.passed, "pass_rate": step.pass_rate,
                           "reward_mean": step.reward_mean, "running_pass_rate": total.pass_rate}
        return out


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


def plot_families(log_path: Path, png_path: Path) -> Path:
    """Reward mean (top) and pass rate (bottom) per step of each task family; the bottom
    panel's dashed lines are the running pass rates."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = read_log(log_path)
    families = sorted({family for r in rows for family in r.get("families", {})})
    fig, (reward_ax, pass_ax) = plt.subplots(2, 1, sharex=True, figsize=(7, 5.5))
    for index, family in enumerate(families):
        seen = [(r["step"], r["families"][family]) for r in rows if family in r.get("families", {})]
        steps = [step for step, _ in seen]
        color = f"C{index % 10}"
        reward_ax.plot(steps, [f["reward_mean"] for _, f in seen], marker="o", color=color, label=family)
        pass_ax.plot(steps, [f["pass_rate"] for _, f in seen], marker=".", color=color)
        pass_ax.plot(steps, [f["running_pass_rate"] for _, f in seen], linestyle="--", color=color)
    reward_ax.set_ylabel("reward mean")
    reward_ax.set_title("per task family")
    pass_ax.set_ylabel("pass rate (dashed: running)")
    pass_ax.set_xlabel("step")
    if families:
        reward_ax.legend(fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1.0))
    fig.tight_layout()
    fig.savefig(png_path, dpi=100)
    plt.close(fig)
    return png_path

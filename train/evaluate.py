"""Eval: k runs per task of a split, verified; pass@1, pass@k, reward, turns, tokens, time.

pass@k uses the unbiased estimator of Chen et al. (2021), 1 - C(n-c, k) / C(n, k) per task,
averaged over tasks; with n = k samples it is the share of tasks solved at least once.
pass@1 comes with a 95% Wilson interval over all runs (runs of one task are not independent,
so with several samples per task the interval is a little narrow; the report says n).
"""

import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from math import comb, sqrt

from loopwright.envs.tasks import PASS_THRESHOLD, Task
from loopwright.models.sampling import SamplingParams
from loopwright.train.rollouts import TaskVerifier, run_spec
from loopwright.train.seeds import derived_seed


def pass_at_k(n: int, c: int, k: int) -> float:
    """Probability that at least one of k samples (from n with c correct) passes."""
    if n - c < k:
        return 1.0
    return 1.0 - comb(n - c, k) / comb(n, k)


def wilson_interval(successes: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% (z=1.96) Wilson score interval of a proportion; unlike the normal approximation it
    stays inside [0, 1] and is honest at 0/n and n/n, where small evals often land."""
    if n == 0:
        return 0.0, 1.0
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def paired_difference(before: dict[str, float], after: dict[str, float], z: float = 1.96) -> tuple[float, float, float]:
    """Mean of after - before over the tasks both hold (each a task's share of passed runs) and
    its 95% (z=1.96) normal interval, from the spread of the per-task differences. Two models
    evaluated on the same tasks differ far less than two independent pass@1 intervals suggest:
    most tasks pass or fail under both, and only the tasks that moved carry the spread."""
    tasks = sorted(before.keys() & after.keys())
    if not tasks:
        raise ValueError("no task is in both evaluations")
    diffs = [after[t] - before[t] for t in tasks]
    mean = sum(diffs) / len(diffs)
    if len(diffs) == 1:
        return mean, -1.0, 1.0
    variance = sum((d - mean) ** 2 for d in diffs) / (len(diffs) - 1)
    half = z * sqrt(variance / len(diffs))
    return mean, mean - half, mean + half


@dataclass(slots=True)
class EvalReport:
    suite: str
    split: str
    tasks: int
    samples: int
    pass_at_1: float
    pass_at_k: float
    mean_reward: float
    mean_turns: float
    """Model turns per run."""
    prompt_tokens: int
    completion_tokens: int
    duration_s: float
    errors: int
    """Runs that ended in an infrastructure error (counted as failures)."""
    runs: int = 0
    passes: int = 0
    """Runs that passed (the numerator of pass@1 over all runs)."""
    per_task: dict[str, float] = field(default_factory=dict)
    """Task id -> share of its samples that passed."""
    per_family: dict[str, float] = field(default_factory=dict)
    """Task family -> share of its runs that passed."""

    @property
    def interval(self) -> tuple[float, float]:
        """95% Wilson interval of pass@1 over all runs."""
        return wilson_interval(self.passes, self.runs)

    def to_json(self) -> dict:
        return asdict(self)


def evaluate(
    runtime,
    tasks: list[Task],
    *,
    suite: str,
    split: str,
    samples: int = 1,
    max_turns: int = 4,
    max_new_tokens: int = 256,
    temperature: float | None = None,
    concurrency: int = 4,
    seed: int = 0,
    image_for: Callable[[Task], str | None] = lambda task: None,
    on_result: Callable[[object], None] | None = None,
) -> EvalReport:
    """Runs `samples` runs of every task; greedy for one sample, T=0.7 otherwise by default."""

    temperature = (0.0 if samples == 1 else 0.7) if temperature is None else temperature
    specs = []
    for task in tasks:
        for sample in range(samples):
            sampling = SamplingParams(max_new_tokens=max_new_tokens, temperature=temperature,
                                      seed=derived_seed(seed, "eval", task.task_id, sample))
            specs.append(run_spec(task, group_id=f"eval-{task.task_id}", sampling=sampling,
                                  max_turns=max_turns, image=image_for(task), verifier=TaskVerifier(task)))
    started = time.perf_counter()
    results = []
    for result in runtime.run_many(specs, concurrency):
        results.append(result)
        if on_result is not None:
            on_result(result)
    passed: dict[str, int] = defaultdict(int)
    for r in results:
        passed[r.task_id] += int((r.reward or 0.0) >= PASS_THRESHOLD and r.error is None)
    n = max(len(results), 1)
    k = samples
    return EvalReport(
        suite=suite,
        split=split,
        tasks=len(tasks),
        samples=samples,
        pass_at_1=sum(pass_at_k(samples, passed[t.task_id], 1) for t in tasks) / len(tasks),
        pass_at_k=sum(pass_at_k(samples, passed[t.task_id], k) for t in tasks) / len(tasks),
        mean_reward=sum((r.reward or 0.0) for r in results) / n,
        mean_turns=sum(r.turns for r in results) / n,
        prompt_tokens=sum(r.prompt_tokens for r in results),
        completion_tokens=sum(r.completion_tokens for r in results),
        duration_s=time.perf_counter() - started,
        errors=sum(r.error is not None for r in results),
        runs=len(results),
        passes=sum(passed.values()),
        per_task={t.task_id: passed[t.task_id] / samples for t in tasks},
        per_family=family_rates(tasks, passed, samples),
    )


def family_rates(tasks: list[Task], passed: dict[str, int], samples: int) -> dict[str, float]:
    """Share of runs that passed, per task family (sorted by family name)."""
    runs: dict[str, int] = defaultdict(int)
    wins: dict[str, int] = defaultdict(int)
    for task in tasks:
        runs[task.family] += samples
        wins[task.family] += passed[task.task_id]
    return {family: wins[family] / runs[family] for family in sorted(runs)}

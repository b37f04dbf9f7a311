"""A stand-in for `AgentRuntime` whose rewards are scripted: no model, no Docker.

Each spec becomes a real traced one-turn run (through the span API, into the folder the
`trace_dir` fixture set up), so `AgentRollouts` reads it back from the trace files as it
does real runs. Token ids stay below the tiny test model's vocabulary.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from loopwright.agent.runner import RunResult, RunSpec
from loopwright.envs.tasks import Task, TaskConfig
from tests.fixtures.tracing import traced_run

Script = Callable[[int, int, str, int], float]
"""(run_many call, group index in that call, task id, sample index in its group) -> reward."""


class CharTokenizer:
    """Enough of a tokenizer for forced demonstrations: one id per character, below 32."""

    eos_token_id = 2

    def encode(self, text: str, add_special_tokens: bool = False) -> list[int]:
        return [3 + ord(c) % 29 for c in text]


@dataclass
class ScriptedLocal:
    tokenizer: CharTokenizer = field(default_factory=CharTokenizer)


@dataclass
class ScriptedRuntime:
    reward: Script
    calls: list[list[RunSpec]] = field(default_factory=list)
    """The specs of each `run_many` call, in order."""
    local: ScriptedLocal = field(default_factory=ScriptedLocal)
    action_format: str = "tool_call"

    def unconstrained(self) -> "ScriptedRuntime":
        """Guidance's forced runs go through the same script (their call is counted)."""
        return self

    def run_many(self, specs: list[RunSpec], concurrency: int = 1) -> Iterator[RunResult]:
        call = len(self.calls)
        self.calls.append(list(specs))
        group_index: dict[str, int] = {}
        samples: dict[str, int] = {}
        for spec in specs:
            group = group_index.setdefault(spec.group_id, len(group_index))
            sample = samples[spec.group_id] = samples.get(spec.group_id, -1) + 1
            reward = self.reward(call, group, spec.task_id, sample)
            trace_id = traced_run([([1, 2], [5 + sample % 8, 6], None)], spec.task_id, spec.group_id, reward)
            yield RunResult(run_id=trace_id, trace_id=trace_id, task_id=spec.task_id, group_id=spec.group_id,
                            answer="done", finish_reason="finished", turns=1, tool_calls=0, prompt_tokens=2,
                            completion_tokens=2, duration_s=0.0, reward=reward)

    def task_ids(self, call: int) -> list[str]:
        """The tasks of one call, each once, in spec order."""
        return list(dict.fromkeys(spec.task_id for spec in self.calls[call]))


def make_tasks(families: dict[str, str | None], root) -> list[Task]:
    """Tasks by id with their family (None: no family in the metadata); nothing on disk is read."""
    return [Task(task_id, root, f"do {task_id}", TaskConfig(metadata={"family": family} if family else {}))
            for task_id, family in families.items()]

"""The decode bench's `rollouts` workload: many agent-like sequences over one shared prefix.

What a training step or an eval asks of the engine: ROLLOUT_SEQS sequences, each a system-and-
tools message every sequence shares (PREFIX_TOKENS), its own task (TASK_TOKENS), then
ROLLOUT_TURNS turns of TURN_TOKENS generated tokens, each followed by a tool's output
(OBSERVATION_TOKENS). Turn k's prompt is prefix + task + (reply + observation) of every earlier
turn, so an engine that keeps its KV cache prefills only the new tokens, and one that batches
decodes all sequences' turns together. Every piece is deterministic text cut or repeated to its
exact length in tokens; each engine continues with its own replies, so every engine generates
ROLLOUT_SEQS x ROLLOUT_TURNS x TURN_TOKENS tokens.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

ROLLOUT_SEQS, ROLLOUT_TURNS = 32, 4
PREFIX_TOKENS, TASK_TOKENS, TURN_TOKENS, OBSERVATION_TOKENS = 400, 20, 64, 50

SYSTEM = (
    "You are a careful software agent working in a Linux sandbox. Think briefly, then act by calling "
    "exactly one tool per turn; read its output before the next call, and finish when the task is done. "
    "Tools:\n"
    "- bash(command: str) -> str: runs a shell command in /workspace and returns stdout, stderr and the "
    "exit code; commands are killed after 60 seconds.\n"
    "- read_file(path: str, start: int = 1, end: int | None = None) -> str: returns the numbered lines "
    "of a file.\n"
    "- write_file(path: str, content: str) -> str: replaces a file's content and returns its new size.\n"
    "- python(code: str) -> str: runs Python 3 code and returns what it printed.\n"
    "- finish(answer: str) -> None: ends the task with a final answer.\n"
    "Answer with one fenced block per turn. Never invent a tool's output; quote file paths exactly. "
)
TASK = "Task {seq}: make `pytest tests/test_{seq}.py` pass."
OBSERVATION = (
    "exit code {code}\n$ pytest -q tests/test_{seq}.py\nF.{turn}F [turn {turn}] "
    "AssertionError: expected {expected} got {got} in solve() at line {line}\n"
)


class Tokenizer(Protocol):
    def encode(self, text: str, add_special_tokens: bool = ...) -> list[int]: ...


@dataclass(frozen=True)
class RolloutWorkload:
    prefix: list[int]
    """[PREFIX_TOKENS] the system-and-tools message every sequence starts with."""
    tasks: list[list[int]]
    """[ROLLOUT_SEQS][TASK_TOKENS] each sequence's own task, right after the prefix."""
    observations: list[list[list[int]]]
    """[ROLLOUT_SEQS][ROLLOUT_TURNS][OBSERVATION_TOKENS] the tool output after each turn."""


def build_workload(tokenizer: Tokenizer) -> RolloutWorkload:
    """The workload in `tokenizer`'s ids, every piece at its exact length."""
    def fit(text: str, length: int) -> list[int]:
        ids = tokenizer.encode(text, add_special_tokens=False)
        return (ids * (length // len(ids) + 1))[:length]  # repeated, then cut to `length` tokens

    def observation(seq: int, turn: int) -> str:
        return OBSERVATION.format(code=turn % 2, seq=seq, turn=turn, expected=seq * 7 + turn, got=turn - seq,
                                  line=10 + turn)

    return RolloutWorkload(
        prefix=fit(SYSTEM, PREFIX_TOKENS),
        tasks=[fit(TASK.format(seq=seq), TASK_TOKENS) for seq in range(ROLLOUT_SEQS)],
        observations=[[fit(observation(seq, turn), OBSERVATION_TOKENS) for turn in range(ROLLOUT_TURNS)]
                      for seq in range(ROLLOUT_SEQS)],
    )


def run_sequence(workload: RolloutWorkload, seq: int, complete: Callable[[list[int]], list[int]]) -> int:
    """Sequence `seq`'s turns through `complete` (prompt ids -> reply ids); its generated tokens."""
    context = workload.prefix + workload.tasks[seq]
    generated = 0
    for turn in range(ROLLOUT_TURNS):
        reply = complete(context)
        generated += len(reply)
        context = context + reply + workload.observations[seq][turn]
    return generated

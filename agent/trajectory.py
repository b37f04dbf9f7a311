"""A run as training data: the exact token ids the engine saw, per turn.

Produced by `agent.trajectories` from trace files, consumed by `train/`. Token ids are
recorded at generation time and never re-tokenized (re-tokenization drift is the most
reported bug of agent-RL stacks).
"""

from dataclasses import dataclass, field


@dataclass(slots=True)
class Turn:
    """One model call of a run."""

    prompt_token_ids: list[int]
    completion_token_ids: list[int]
    logprobs: list[float]
    """Log-probability of each completion token under the policy at rollout time."""
    observations: list[str] = field(default_factory=list)
    """Tool outputs that followed this turn (already part of the next turn's prompt)."""
    finish_reason: str | None = None
    """Why the engine stopped this completion: 'stop', 'length' or 'abort'."""

    def sequence(self) -> "TokenSequence":
        """This model call alone as a row: the whole prompt masked, the completion trained."""
        prompt, completion = self.prompt_token_ids, self.completion_token_ids
        return TokenSequence(prompt + completion, [False] * len(prompt) + [True] * len(completion),
                             [0.0] * len(prompt) + list(self.logprobs))


@dataclass(slots=True)
class TokenSequence:
    """One training row: tokens, which of them carry loss, and their rollout logprobs."""

    token_ids: list[int]
    loss_mask: list[bool]
    """True only on assistant (completion) tokens; prompts and tool output are masked."""
    old_logprobs: list[float]
    """Same length as token_ids; 0.0 where loss_mask is False."""


@dataclass(slots=True)
class Trajectory:
    """One run (one trace) as training data."""

    trace_id: str
    turns: list[Turn]
    task_id: str | None = None
    group_id: str | None = None
    reward: float | None = None
    finish_reason: str | None = None
    answer: str | None = None
    """The run's final answer, when it gave one."""
    conversation_id: str | None = None
    """The session (LangGraph thread id) the run belonged to."""
    complete: bool = True
    """False when the root span is missing: the run was killed or is still going."""
    family: str | None = None
    """The template family of the run's task (set by training rollouts); None: the task is
    its own family."""
    draw: int = 0
    """Which draw of its training step the run's task came from: 0 for the step's tasks,
    k for the k-th refill of dynamic sampling (`train.dynamic_sampling`)."""
    guided: bool = False
    """An oracle demonstration added to its group by guidance (`TrainConfig.guidance`), not a
    sample of the policy: trained on, left out of the step's reward and pass figures."""
    staleness: int = 0
    """Optimizer steps between the weights the run started with and the ones it trains
    (`train --async`; 0 in the synchronous loop)."""

    def sequences(self) -> list[TokenSequence]:
        """Joins turns into rows where each prompt extends the previous turn token for token.

        A turn whose prompt does not start with the previous row's tokens (a truncated or
        re-templated history) starts a new row instead of being re-tokenized to fit.
        """
        rows: list[TokenSequence] = []
        for turn in self.turns:
            row = rows[-1] if rows else None
            if row is not None and turn.prompt_token_ids[: len(row.token_ids)] == row.token_ids:
                new_prompt = turn.prompt_token_ids[len(row.token_ids):]
            else:
                row = TokenSequence([], [], [])
                rows.append(row)
                new_prompt = turn.prompt_token_ids
            row.token_ids += new_prompt + turn.completion_token_ids
            row.loss_mask += [False] * len(new_prompt) + [True] * len(turn.completion_token_ids)
            row.old_logprobs += [0.0] * len(new_prompt) + list(turn.logprobs)
        return rows

    def turn_sequences(self) -> list[TokenSequence]:
        """One row per turn (per-turn credit): every model call is its own transition, so a
        long run is not one undivided sequence; earlier completions are masked context."""
        return [turn.sequence() for turn in self.turns]

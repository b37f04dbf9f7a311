"""A person's ratings and corrections of chat turns, as training runs for SFT and DPO.

Each rated or corrected turn becomes a one-turn run on the token ids recorded for it: the
prompt ids of its `chat` span, and either the completion the model wrote or the correction
(tokenized once, when it was made, in place of the model's turn). Runs are grouped so the
existing algorithms see the comparison:

- a correction and the turn it corrects share a group: the correction scores
  `PREFERRED_REWARD`, the model's turn `REJECTED_REWARD` (DPO pairs them; SFT keeps the
  correction);
- rated turns with the same prompt ids share a group (good = 1, bad = -1), so DPO pairs a
  good and a bad answer to one prompt, and SFT keeps the good ones.
"""

import hashlib
from dataclasses import dataclass

from loopwright.agent.tracing import attributes as A
from loopwright.agent.tracing.reader import TraceRecords
from loopwright.agent.trajectory import Trajectory, Turn

PREFERRED_REWARD = 1.0
"""Reward of a correction (and of a turn rated good): what a person wants."""
REJECTED_REWARD = -1.0
"""Reward of a corrected turn (and of a turn rated bad)."""
FEEDBACK_ALGOS = ("sft", "dpo")
"""Algorithms that learn from feedback runs. GRPO/PPO would weigh a correction by rollout
logprobs it never had, so they train on rewarded runs only."""


@dataclass(slots=True)
class FeedbackCounts:
    """What the feedback of a trace folder gave (for the CLI to say what it trains on)."""

    rated: int = 0
    corrected: int = 0
    untokenized: int = 0
    """Corrections written without token ids (no tokenizer at hand): shown, not trained."""


def feedback_runs(traces: dict[str, TraceRecords], counts: FeedbackCounts | None = None) -> list[Trajectory]:
    """One-turn runs for every rated or corrected turn of `traces` (see the module doc)."""
    counts = counts if counts is not None else FeedbackCounts()
    runs: list[Trajectory] = []
    for trace in traces.values():
        ratings, corrections = trace.turn_ratings(), trace.turn_corrections()
        if not ratings and not corrections:
            continue
        for span in trace.by_operation(A.OP_CHAT):
            turn = _recorded_turn(span)
            span_id = span["span_id"]
            if turn is None:
                continue
            conversation = trace.run_attribute(A.CONVERSATION_ID)
            if span_id in ratings:
                counts.rated += 1
                runs.append(_run(trace.trace_id, span_id, "rated", turn, ratings[span_id],
                                 f"prompt:{_digest(turn.prompt_token_ids)}", conversation))
            correction = corrections.get(span_id)
            if correction is None:
                continue
            if correction.get("completion_token_ids") is None:
                counts.untokenized += 1
                continue
            counts.corrected += 1
            group = f"correction:{trace.trace_id}:{span_id}"
            corrected = Turn(turn.prompt_token_ids, list(correction["completion_token_ids"]),
                             [0.0] * len(correction["completion_token_ids"]), finish_reason="stop")
            runs.append(_run(trace.trace_id, span_id, "correction", corrected, PREFERRED_REWARD, group, conversation))
            runs.append(_run(trace.trace_id, span_id, "original", turn, REJECTED_REWARD, group, conversation))
    return runs


def _recorded_turn(span: dict) -> Turn | None:
    """The turn exactly as the engine recorded it; None for a span without token ids."""
    attrs = span["attributes"]
    if A.COMPLETION_TOKEN_IDS not in attrs or A.PROMPT_TOKEN_IDS not in attrs:
        return None
    return Turn(list(attrs[A.PROMPT_TOKEN_IDS]), list(attrs[A.COMPLETION_TOKEN_IDS]),
                list(attrs.get(A.LOGPROBS, [])), finish_reason=(attrs.get(A.RESPONSE_FINISH_REASONS) or [None])[0])


def _run(trace_id: str, span_id: str, kind: str, turn: Turn, reward: float, group: str,
         conversation: str | None) -> Trajectory:
    return Trajectory(trace_id=f"{trace_id}:{span_id}:{kind}", turns=[turn], group_id=group, reward=reward,
                      conversation_id=conversation)


def _digest(token_ids: list[int]) -> str:
    """A short stable name for a prompt (rated turns with equal prompt ids share a group)."""
    return hashlib.sha1(",".join(map(str, token_ids)).encode()).hexdigest()[:16]

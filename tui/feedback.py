"""A person's ratings and corrections of chat answers, kept in the session's trace files.

An answer on screen is an AIMessage; the training data is the `chat` span that recorded the
same turn's token ids. `FeedbackStore` finds that span (same prompt and completion ids, in
the session's traces) and appends rating and correction records beside it, so they survive
a restart, show in `loopwright traces`, and train with `loopwright train --traces`.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from loopwright.agent.tracing import attributes as A
from loopwright.agent.tracing.jsonl import TurnRef, append_correction, append_turn_rating
from loopwright.agent.tracing.reader import TraceRecords, read_traces
from loopwright.tui.events import ReplyTurn

TokenizeCorrection = Callable[[str, list[int]], list[int]]
"""(corrected text, the model's completion ids) -> the correction's completion ids."""

GOOD, BAD = 1.0, -1.0
"""The rewards a rating records."""


class FeedbackError(RuntimeError):
    """The feedback cannot be recorded; the message says why, for the person."""


@dataclass(slots=True)
class AnswerFeedback:
    """What a person said about one answer so far (the latest of each kind)."""

    reward: float | None = None
    correction: str | None = None


@dataclass(slots=True)
class FeedbackStore:
    trace_dir: Path
    """The folder the chat traces its runs to."""
    tokenize: TokenizeCorrection | None = None
    """Tokenizes a correction once, when it is made; None stores the text only."""
    _refs: dict[str, TurnRef] = field(default_factory=dict)
    """Answers already matched to their span, by message id."""

    def rate(self, session_id: str, turn: ReplyTurn, reward: float) -> None:
        """Records `reward` (GOOD or BAD) for the answer `turn`."""
        append_turn_rating(self.trace_dir, self._ref(session_id, turn), reward)

    def correct(self, session_id: str, turn: ReplyTurn, text: str) -> None:
        """Records `text` as what the model should have written for `turn`, beside its own."""
        ids = self.tokenize(text, list(turn.completion_token_ids)) if self.tokenize else None
        append_correction(self.trace_dir, self._ref(session_id, turn), text, turn.raw_text, ids)

    def session_feedback(self, session_id: str) -> dict[str, AnswerFeedback]:
        """The latest rating and correction of each answer of a session, by message id."""
        found: dict[str, AnswerFeedback] = {}
        for trace in self._session_traces(session_id):
            records = sorted([*trace.ratings, *trace.corrections], key=lambda r: r["time_unix_nano"])
            for record in records:
                if record.get("message_id") is None:
                    continue
                answer = found.setdefault(record["message_id"], AnswerFeedback())
                if record["type"] == "rating":
                    answer.reward = record["reward"]
                else:
                    answer.correction = record["text"]
        return found

    def _ref(self, session_id: str, turn: ReplyTurn) -> TurnRef:
        """The chat span that recorded `turn` (newest match in the session's traces)."""
        if turn.message_id in self._refs:
            return self._refs[turn.message_id]
        if not self.trace_dir.is_dir():
            raise FeedbackError(f"no traces in {self.trace_dir}: this answer was not traced")
        for trace in reversed(self._session_traces(session_id)):
            for span in reversed(trace.by_operation(A.OP_CHAT)):
                attrs = span["attributes"]
                if (list(attrs.get(A.PROMPT_TOKEN_IDS, ())) == list(turn.prompt_token_ids)
                        and list(attrs.get(A.COMPLETION_TOKEN_IDS, ())) == list(turn.completion_token_ids)):
                    ref = TurnRef(trace.trace_id, span["span_id"], session_id, turn.message_id)
                    self._refs[turn.message_id] = ref
                    return ref
        raise FeedbackError(f"no traced turn in {self.trace_dir} matches this answer (was tracing off?)")

    def _session_traces(self, session_id: str) -> list[TraceRecords]:
        if not self.trace_dir.is_dir():
            return []
        traces = read_traces(self.trace_dir).values()
        return [t for t in traces if t.run_attribute(A.CONVERSATION_ID) == session_id]


def correction_tokenizer(tokenizer, eos_token_ids: list[int]) -> TokenizeCorrection:
    """Tokenizes a correction as the model's turn would be: its text, then the end-of-turn
    ids the model's own completion ended with (the prompt ids stay those recorded)."""
    eos = set(eos_token_ids)

    def tokenize(text: str, original_ids: list[int]) -> list[int]:
        ending: list[int] = []
        for token in reversed(original_ids):
            if token not in eos:
                break
            ending.insert(0, token)
        return list(tokenizer.encode(text, add_special_tokens=False)) + ending

    return tokenize

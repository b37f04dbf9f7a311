"""Spans of the two memory nodes: which items a run was shown, and what it left behind.

`memory recall` (items put into the prompt, one `memory.item` event each, with its score)
and `memory write` (the item distilled from the run) are children of the run's root, so a
trace says which lessons a run saw; the trajectory reader skips them (not a chat or tool).
"""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from opentelemetry.trace import Span, SpanKind

from loopwright.agent.tracing import attributes as A
from loopwright.agent.tracing.provider import get_tracer
from loopwright.agent.tracing.spans import _run_attributes

OP_MEMORY_RECALL = "memory_recall"
OP_MEMORY_WRITE = "memory_write"
ITEM_IDS = "loopwright.memory.item_ids"
"""Ids of the items put into the prompt, best first."""
ADDED_CHARS = "loopwright.memory.added_chars"
ITEM_ID = "loopwright.memory.item_id"
OUTCOME = "loopwright.memory.outcome"
OUTCOME_SOURCE = "loopwright.memory.outcome_source"
LESSON = "loopwright.memory.lesson"


@contextmanager
def memory_span(operation: str) -> Iterator[Span]:
    """A child of the current run's root carrying the run's ids, like chat and tool spans."""
    attrs = {A.OPERATION_NAME: operation, A.PROVIDER_NAME: A.PROVIDER, **dict(_run_attributes.get())}
    name = operation.replace("_", " ")
    with get_tracer().start_as_current_span(name, kind=SpanKind.INTERNAL, attributes=attrs) as span:
        yield span


def record_recall(span: Span, items: Sequence, added_chars: int) -> None:
    """The items shown to the run (MemoryItem-like: id, score, outcome, outcome_source, lesson)."""
    span.set_attribute(ITEM_IDS, [int(item.id) for item in items])
    span.set_attribute(ADDED_CHARS, int(added_chars))
    for item in items:
        span.add_event("memory.item", {ITEM_ID: int(item.id), "loopwright.memory.score": float(item.score or 0.0),
                                       OUTCOME: float(item.outcome), OUTCOME_SOURCE: item.outcome_source,
                                       LESSON: item.lesson})


def record_write(span: Span, item_id: int | None, outcome: float, source: str, lesson: str) -> None:
    """The item distilled from the run (no id when the memory only reads)."""
    if item_id is not None:
        span.set_attribute(ITEM_ID, int(item_id))
    span.set_attributes({OUTCOME: float(outcome), OUTCOME_SOURCE: source, LESSON: lesson})


def record_outcome_update(span: Span, item_id: int, outcome: float, source: str) -> None:
    """The verifier's reward replaced the model's own judgement of a written item."""
    span.add_event("memory.outcome", {ITEM_ID: int(item_id), OUTCOME: float(outcome), OUTCOME_SOURCE: source})

"""Every served call as a GenAI `chat` span with its token ids, grouped into one trace per session.

The spans are the agent's own (`loopwright.agent.tracing.chat_span` / `record_completion`),
so `loopwright traces list` and the trajectory reader see an external agent's session as one
run: the calls of a session (the `X-Session-Id` header, `metadata.session_id` or `user`)
share a trace id derived from the session's name, under a parent that only names that trace
(no `invoke_agent` root: the server does not know when an outside run ends). A call without
a session is a trace of its own; each of its n samples is a span.
"""

import hashlib
import random
from pathlib import Path

from opentelemetry.trace import NonRecordingSpan, SpanContext, TraceFlags, format_trace_id

from loopwright.agent.tracing import (
    TracingConfig,
    append_reward,
    chat_span,
    end_of_run,
    record_completion,
    setup_tracing,
)
from loopwright.agent.tracing import attributes as A
from loopwright.models.sampling import Completion, SamplingParams


def session_trace_id(session: str) -> int:
    """The 128-bit trace id of a session: the same name always lands in the same trace."""
    return int.from_bytes(hashlib.sha256(session.encode()).digest()[:16], "big") or 1


def session_parent(session: str) -> NonRecordingSpan:
    """A remote parent that carries only the session's trace id."""
    return NonRecordingSpan(SpanContext(trace_id=session_trace_id(session), span_id=random.getrandbits(64) or 1,
                                        is_remote=True, trace_flags=TraceFlags(TraceFlags.SAMPLED)))


class CallTracer:
    """Writes the server's chat spans to `trace_dir` (the JSONL exporter of the agent)."""

    def __init__(self, trace_dir: Path):
        setup_tracing(TracingConfig(trace_dir=trace_dir))
        self.trace_dir = trace_dir

    def reward(self, session: str, value: float) -> str:
        """Appends a reward to the session's trace (it overrides earlier ones); its trace id.

        Raises ValueError when the session has no traced call or the reward is not finite.
        """
        trace_id = format_trace_id(session_trace_id(session))
        append_reward(self.trace_dir, trace_id, value)
        return trace_id

    def record(self, session: str | None, model_name: str, params: SamplingParams, prompt_ids: list[int],
               completions: list[Completion], timings: dict[str, float]) -> None:
        """One span per sample, the exact ids the engine saw and produced; flushed to disk."""
        parent = session_parent(session) if session else None
        for completion in completions:
            with chat_span(model_name, params, parent=parent) as span:
                if session:
                    span.set_attribute(A.CONVERSATION_ID, session)
                record_completion(span, prompt_ids, completion, timings)
        end_of_run()

"""OpenTelemetry tracing of agent runs: GenAI-convention spans carrying training data.

Every run is one trace: `invoke_agent {agent}` at the root, `chat {model}` per model call
(prompt and completion token ids and logprobs exactly as the engine saw them) and
`execute_tool {tool}` per tool call. Exporters: append-only JSONL files by default, OTLP/HTTP
and the console on request. `loopwright.agent.trajectories` turns the files back into
training data.
"""

from loopwright.agent.tracing.config import TracingConfig
from loopwright.agent.tracing.jsonl import append_reward
from loopwright.agent.tracing.provider import end_of_run, setup_tracing, shutdown_tracing
from loopwright.agent.tracing.spans import (
    chat_span,
    current_trace_id,
    execute_tool_span,
    invoke_agent_span,
    record_completion,
    record_run_outcome,
    record_tool_result,
)

__all__ = [
    "TracingConfig",
    "append_reward",
    "chat_span",
    "current_trace_id",
    "end_of_run",
    "execute_tool_span",
    "invoke_agent_span",
    "record_completion",
    "record_run_outcome",
    "record_tool_result",
    "setup_tracing",
    "shutdown_tracing",
]

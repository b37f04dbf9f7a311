"""Trace files -> trajectories: the exact token ids of each turn, ready for training.

Each `chat` span becomes a Turn (prompt ids, completion ids, logprobs as recorded at
generation time, never re-tokenized); each `execute_tool` span's output is an observation of
the turn it followed; task, group, finish reason and answer come from the `invoke_agent` root
(or, for a killed run, from the ids every span carries), the reward from the latest reward
record or the root.
"""

from loopwright.agent.tracing import attributes as A
from loopwright.agent.tracing.reader import (
    CorruptTraceLineWarning,
    TraceReadError,
    TraceRecords,
    TraceSource,
    read_traces,
)
from loopwright.agent.trajectory import Trajectory, Turn

__all__ = [
    "CorruptTraceLineWarning",
    "TraceReadError",
    "read_trajectories",
    "to_trajectory",
    "trajectory_record",
    "write_parquet",
]


def read_trajectories(
    trace_dir_or_files: TraceSource, trace_ids: set[str] | None = None
) -> list[Trajectory]:
    """Trajectories of all traces (or only `trace_ids`) in start order; bad lines are skipped."""
    return [to_trajectory(t) for t in read_traces(trace_dir_or_files, trace_ids).values()]


def to_trajectory(trace: TraceRecords) -> Trajectory:
    """One trace's records as a Trajectory; chat spans without a completion are left out."""
    turns: list[Turn] = []
    turn_starts: list[int] = []
    for span in trace.spans:
        attrs = span["attributes"]
        operation = attrs.get(A.OPERATION_NAME)
        if operation == A.OP_CHAT and A.COMPLETION_TOKEN_IDS in attrs:
            turns.append(
                Turn(
                    prompt_token_ids=list(attrs.get(A.PROMPT_TOKEN_IDS, [])),
                    completion_token_ids=list(attrs[A.COMPLETION_TOKEN_IDS]),
                    logprobs=list(attrs.get(A.LOGPROBS, [])),
                    finish_reason=(attrs.get(A.RESPONSE_FINISH_REASONS) or [None])[0],
                )
            )
            turn_starts.append(span["start_time_unix_nano"])
        elif operation == A.OP_EXECUTE_TOOL and turns:
            # spans are in start order, so the last turn so far is the one that called the tool
            turns[-1].observations.append(attrs.get(A.TOOL_CALL_RESULT, ""))
    root = trace.root
    root_attrs = root["attributes"] if root else {}
    return Trajectory(
        trace_id=trace.trace_id,
        turns=turns,
        task_id=trace.run_attribute(A.TASK_ID),
        group_id=trace.run_attribute(A.GROUP_ID),
        reward=trace.reward,
        finish_reason=root_attrs.get(A.FINISH_REASON),
        answer=root_attrs.get(A.ANSWER),
        conversation_id=trace.run_attribute(A.CONVERSATION_ID),
        complete=root is not None,
    )


def trajectory_record(trajectory: Trajectory) -> dict:
    """A trajectory as plain JSON-able data (one JSONL line or parquet row of an export)."""
    return {
        "trace_id": trajectory.trace_id,
        "task_id": trajectory.task_id,
        "group_id": trajectory.group_id,
        "reward": trajectory.reward,
        "finish_reason": trajectory.finish_reason,
        "answer": trajectory.answer,
        "conversation_id": trajectory.conversation_id,
        "complete": trajectory.complete,
        "turns": [
            {
                "prompt_token_ids": t.prompt_token_ids,
                "completion_token_ids": t.completion_token_ids,
                "logprobs": t.logprobs,
                "observations": t.observations,
                "finish_reason": t.finish_reason,
            }
            for t in trajectory.turns
        ],
    }


def write_parquet(trajectories: list[Trajectory], path) -> None:
    """One row per trajectory; ids int64 and logprobs float64 so nothing is rounded."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    turn = pa.struct(
        [
            ("prompt_token_ids", pa.list_(pa.int64())),
            ("completion_token_ids", pa.list_(pa.int64())),
            ("logprobs", pa.list_(pa.float64())),
            ("observations", pa.list_(pa.string())),
            ("finish_reason", pa.string()),
        ]
    )
    schema = pa.schema(
        [
            ("trace_id", pa.string()),
            ("task_id", pa.string()),
            ("group_id", pa.string()),
            ("reward", pa.float64()),
            ("finish_reason", pa.string()),
            ("answer", pa.string()),
            ("conversation_id", pa.string()),
            ("complete", pa.bool_()),
            ("turns", pa.list_(turn)),
        ]
    )
    rows = [trajectory_record(t) for t in trajectories]
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path)

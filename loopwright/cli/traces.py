"""`loopwright traces list|show|export|reward`: the JSONL traces of agent runs."""

import json
import sys
import warnings
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from loopwright.cli.common import fail

DEFAULT_TRACE_DIR = Path(".loopwright/traces")

traces_app = typer.Typer(
    help=(
        "The traces of agent runs (JSONL files, one span per line) and their trajectories.\n\n"
        "Examples:\n\n"
        "  loopwright traces list\n\n"
        "  loopwright traces show 3f2a\n\n"
        "  loopwright traces export --format parquet --out runs.parquet\n\n"
        "  loopwright traces reward 3f2a 1.0"
    ),
    no_args_is_help=True,
)

TraceDir = Annotated[Path, typer.Option("--trace-dir", help="Directory of the JSONL trace files.")]


def _read(trace_dir: Path, trace_ids: set[str] | None = None):
    """Traces of `trace_dir`; corrupt lines are reported on stderr as one-line notes."""
    from loopwright.agent.tracing.reader import TraceReadError, read_traces

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            traces = read_traces(trace_dir, trace_ids)
        except TraceReadError as exc:
            fail(str(exc))
    for w in caught:
        typer.echo(f"warning: {w.message}", err=True)
    return traces


def _resolve(trace_dir: Path, prefix: str) -> str:
    """The one trace id starting with `prefix` (like a git commit prefix)."""
    prefix = prefix.lower()
    matches = [tid for tid in _read(trace_dir) if tid.startswith(prefix)]
    if not matches:
        fail(f"no trace matching {prefix!r} in {trace_dir} (see `loopwright traces list`)")
    if len(matches) > 1:
        fail(f"{prefix!r} matches {len(matches)} traces ({', '.join(m[:12] for m in matches[:5])}); give more characters")
    return matches[0]


@traces_app.command("list")
def list_traces(
    trace_dir: TraceDir = DEFAULT_TRACE_DIR,
    task: Annotated[str | None, typer.Option(help="Only runs of this task id.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per trace on stdout.")] = False,
) -> None:
    """List traced runs, oldest first: task, group, turns, tokens, reward, how they ended, and
    a person's feedback on their turns (FEEDBACK: +good -bad ✎corrected, from `loopwright chat`).

    Example: `loopwright traces list --task arith-3`.
    """
    from loopwright.agent.trajectories import to_trajectory

    rows = []
    for trace in _read(trace_dir).values():
        t = to_trajectory(trace)
        if task is not None and t.task_id != task:
            continue
        rows.append({
            "trace_id": t.trace_id,
            "started": datetime.fromtimestamp(trace.start_time_unix_nano / 1e9, UTC).isoformat(timespec="seconds"),
            "task_id": t.task_id,
            "group_id": t.group_id,
            "turns": len(t.turns),
            "completion_tokens": sum(len(turn.completion_token_ids) for turn in t.turns),
            "reward": t.reward,
            "finish_reason": t.finish_reason if t.complete else "(open or killed)",
            **_feedback_counts(trace),
        })
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row))
        return
    if not rows:
        typer.echo(f"no traces in {trace_dir}", err=True)
        return
    typer.echo(f"{'TRACE':<14}{'STARTED (UTC)':<27}{'TASK':<16}{'GROUP':<14}{'TURNS':>6}{'TOKENS':>8}{'REWARD':>8}"
               f"  {'FEEDBACK':<10}END")
    for r in rows:
        reward = "-" if r["reward"] is None else f"{r['reward']:.3g}"
        typer.echo(
            f"{r['trace_id'][:12]:<14}{r['started']:<27}{(r['task_id'] or '-')[:15]:<16}"
            f"{(r['group_id'] or '-')[:13]:<14}{r['turns']:>6}{r['completion_tokens']:>8}{reward:>8}"
            f"  {_feedback_summary(r):<10}{r['finish_reason']}"
        )


def _feedback_counts(trace) -> dict[str, int]:
    """How many turns of `trace` a person rated good, bad, or corrected (latest record each)."""
    ratings = trace.turn_ratings().values()
    return {"rated_good": sum(r > 0 for r in ratings), "rated_bad": sum(r < 0 for r in ratings),
            "corrected": len(trace.turn_corrections())}


def _feedback_summary(row: dict) -> str:
    """`+1 -2 ✎1` style, '-' when nobody gave feedback."""
    parts = [f"{sign}{row[key]}" for sign, key in (("+", "rated_good"), ("-", "rated_bad"), ("✎", "corrected"))
             if row[key]]
    return " ".join(parts) or "-"


@traces_app.command()
def show(
    trace_id: Annotated[str, typer.Argument(help="Trace id or a unique prefix of it.")],
    trace_dir: TraceDir = DEFAULT_TRACE_DIR,
    full: Annotated[bool, typer.Option("--full", help="Do not shorten long tool output.")] = False,
) -> None:
    """Show one run turn by turn: what the model wrote and what the tools returned.

    Example: `loopwright traces show 3f2a`.
    """
    from loopwright.agent.tracing import attributes as A

    trace_id = _resolve(trace_dir, trace_id)
    trace = _read(trace_dir, {trace_id})[trace_id]
    root = trace.root
    attrs = root["attributes"] if root else {}
    typer.echo(f"trace {trace_id}  {root['name'] if root else '(root span missing: run open or killed)'}")
    for label, key in [("task", A.TASK_ID), ("group", A.GROUP_ID), ("conversation", A.CONVERSATION_ID)]:
        typer.echo(f"  {label}: {trace.run_attribute(key) or '-'}")
    typer.echo(f"  finish: {attrs.get(A.FINISH_REASON, '-')}  turns: {attrs.get(A.TURNS, attrs.get(A.LEGACY_STEPS, '-'))}  reward: {trace.reward}")
    ratings, corrections = trace.turn_ratings(), trace.turn_corrections()
    turn = 0
    for span in trace.spans:
        a = span["attributes"]
        if a.get(A.OPERATION_NAME) == A.OP_CHAT:
            turn += 1
            text = _output_text(a.get(A.OUTPUT_MESSAGES))
            typer.echo(
                f"\n[turn {turn}] {span['name']}: {a.get(A.USAGE_INPUT_TOKENS, '?')} prompt + "
                f"{a.get(A.USAGE_OUTPUT_TOKENS, '?')} completion tokens, "
                f"finish {(a.get(A.RESPONSE_FINISH_REASONS) or ['?'])[0]}"
            )
            typer.echo(_indent(text))
            _show_feedback(ratings.get(span["span_id"]), corrections.get(span["span_id"]))
        elif a.get(A.OPERATION_NAME) == A.OP_EXECUTE_TOOL:
            output = a.get(A.TOOL_CALL_RESULT, "")
            if not full and len(output) > 600:
                output = output[:600] + f"\n... ({len(output) - 600} more characters, --full shows all)"
            typer.echo(
                f"  -> {span['name']} {a.get(A.TOOL_CALL_ARGUMENTS, '')}  "
                f"exit {a.get(A.EXIT_CODE, '-')}{'  ERROR' if span['status']['code'] == 'ERROR' else ''}"
            )
            typer.echo(_indent(output, "     "))
    if A.ANSWER in attrs:
        typer.echo(f"\nanswer: {attrs[A.ANSWER]}")


def _show_feedback(rating: float | None, correction: dict | None) -> None:
    """A person's rating and correction of one turn, under what the model wrote."""
    if rating is not None:
        typer.echo(f"  rated: {'good' if rating > 0 else 'bad'} ({rating:g})")
    if correction is not None:
        tokens = correction.get("completion_token_ids")
        note = f"{len(tokens)} tokens" if tokens is not None else "not tokenized: not trained on"
        typer.echo(f"  correction: {correction['text'].splitlines()[0] if correction['text'] else ''}"
                   f"  ({note})")
        rest = "\n".join(correction["text"].splitlines()[1:])
        if rest:
            typer.echo(_indent(rest, "              "))


def _output_text(messages_json: str | None) -> str:
    """The assistant text of `gen_ai.output.messages`."""
    if not messages_json:
        return ""
    messages = json.loads(messages_json)
    return "".join(p.get("content", "") for m in messages for p in m.get("parts", []))


def _indent(text: str, prefix: str = "    ") -> str:
    return "\n".join(prefix + line for line in text.splitlines()) if text else prefix + "(empty)"


@traces_app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", help="jsonl (one trajectory per line) or parquet.")] = "jsonl",
    out: Annotated[Path | None, typer.Option("--out", help="Output file (jsonl defaults to stdout).")] = None,
    trace_dir: TraceDir = DEFAULT_TRACE_DIR,
    trace: Annotated[list[str] | None, typer.Option("--trace", help="Only these trace ids (repeatable).")] = None,
) -> None:
    """Export trajectories (token ids, logprobs, observations, rewards) for training.

    Example: `loopwright traces export --format parquet --out runs.parquet`.
    """
    from loopwright.agent.trajectories import to_trajectory, trajectory_record, write_parquet

    if fmt not in ("jsonl", "parquet"):
        fail(f"unknown format {fmt!r}; use jsonl or parquet")
    if fmt == "parquet" and out is None:
        fail("parquet is binary: give a file with --out, e.g. --out runs.parquet")
    ids = {_resolve(trace_dir, t) for t in trace} if trace else None
    trajectories = [to_trajectory(t) for t in _read(trace_dir, ids).values()]
    if fmt == "parquet":
        write_parquet(trajectories, out)
    else:
        lines = "".join(json.dumps(trajectory_record(t)) + "\n" for t in trajectories)
        if out is None:
            sys.stdout.write(lines)
        else:
            out.write_text(lines)
    typer.echo(f"exported {len(trajectories)} trajectories" + (f" to {out}" if out else ""), err=True)


@traces_app.command()
def reward(
    trace_id: Annotated[str, typer.Argument(help="Trace id or a unique prefix of it.")],
    value: Annotated[float, typer.Argument(help="The reward; for a negative one put `--` first.")],
    trace_dir: TraceDir = DEFAULT_TRACE_DIR,
) -> None:
    """Give a traced run its reward after the fact (e.g. a chat session you rated).

    Example: `loopwright traces reward 3f2a 1.0`, or `loopwright traces reward 3f2a -- -1`.
    """
    from loopwright.agent.tracing import append_reward

    full_id = _resolve(trace_dir, trace_id)
    try:
        append_reward(trace_dir, full_id, value)
    except ValueError as exc:
        fail(str(exc))
    typer.echo(f"reward {value} recorded for {full_id}", err=True)


def register(app: typer.Typer) -> None:
    """Adds the `traces` group to the root app."""
    app.add_typer(traces_app, name="traces")

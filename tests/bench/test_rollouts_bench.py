"""The rollouts bench's split of a run into phases, checked against hand-computed seconds;
and one real run at concurrency 2 whose phases add up to its wall time."""

import json

import pytest

from loopwright.agent.tracing import attributes as A
from loopwright.agent.tracing.reader import TraceRecords
from loopwright.bench.rollouts import PHASES, SandboxClock, split_run

S = 1_000_000_000


def span(operation: str, start_s: float, end_s: float, **attributes) -> dict:
    return {"trace_id": "0" * 32, "span_id": f"{start_s}", "name": operation,
            "start_time_unix_nano": int(start_s * S), "end_time_unix_nano": int(end_s * S),
            "attributes": {A.OPERATION_NAME: operation, **attributes}}


def test_phases_of_a_run_by_hand():
    # root 0..10 s; chat 0.5..3 (queue .2, prefill .5, decode 1.5); the first tool call 3..6
    # starts the sandbox (3.2..4.2); a second chat 6..7.5 (decode 1.2); verify 8..9; close 9..10
    trace = TraceRecords("0" * 32, spans=[
        span(A.OP_INVOKE_AGENT, 0, 10),
        span(A.OP_CHAT, 0.5, 3, **{f"{A.TIMING_PREFIX}queue_s": 0.2, f"{A.TIMING_PREFIX}prefill_s": 0.5,
                                   f"{A.TIMING_PREFIX}decode_s": 1.5}),
        span(A.OP_EXECUTE_TOOL, 3, 6),
        span(A.OP_CHAT, 6, 7.5, **{f"{A.TIMING_PREFIX}decode_s": 1.2}),
    ])
    seconds = split_run(trace, sandbox=(int(3.2 * S), int(4.2 * S)), verify=(8 * S, 9 * S))
    expected = {"sandbox_start": 1.0, "queue": 0.2, "prefill": 0.5, "decode": 2.7, "tool": 2.0,
                "verify": 1.0, "sandbox_close": 1.0}
    expected["python"] = 10 - sum(expected.values())
    assert seconds.wall == 10
    assert seconds.phases == pytest.approx(expected)


def test_sandbox_clock_pairs_start_and_ready_per_session():
    clock = SandboxClock()
    clock("a", "starting")
    clock("b", "starting")
    assert clock.interval("a") is None
    clock("a", "ready")
    start, ready = clock.interval("a")
    assert start <= ready and clock.interval("b") is None


@pytest.mark.docker
@pytest.mark.slow
def test_a_real_bench_line_adds_up(tmp_path, capsys):
    from loopwright.bench.rollouts import main

    main(["--runs", "2", "--concurrency", "2", "--max-new-tokens", "24", "--max-turns", "1",
          "--out", str(tmp_path)])
    line = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert line["runs"] == 2 and line["errors"] == 0, line
    assert set(line["phase_s_mean"]) == set(PHASES)
    # every run's sandbox hand-out was timed (a pooled one can take well under a millisecond)
    assert line["sandboxes_timed"] == 2 and line["phase_s_mean"]["sandbox_start"] >= 0
    assert line["phase_s_mean"]["decode"] > 0
    assert line["phase_s_mean"]["verify"] > 0
    assert sum(line["phase_share"].values()) == pytest.approx(1.0, abs=0.01)

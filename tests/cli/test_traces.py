"""`loopwright traces`: list, show, export (jsonl and parquet round trips), reward, errors."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from loopwright.agent.trajectories import read_trajectories, trajectory_record
from loopwright.cli import app
from tests.fixtures.tracing import traced_run


@pytest.fixture
def two_runs(trace_dir: Path) -> tuple[str, str]:
    first = traced_run([([1, 2, 3], [4, 5], "a.txt"), ([1, 2, 3, 4, 5, 6], [7], None)])
    second = traced_run([([9], [8], "y" * 700)], task_id="other", reward=None)
    return first, second


def invoke(*args: str):
    return CliRunner().invoke(app, ["traces", *args])


def test_list_shows_each_run(trace_dir: Path, two_runs) -> None:
    result = invoke("list", "--trace-dir", str(trace_dir), "--json")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["trace_id"] for r in rows] == list(two_runs)
    assert [(r["task_id"], r["turns"], r["completion_tokens"], r["reward"]) for r in rows] == [
        ("task-1", 2, 3, 1.0),
        ("other", 1, 1, None),
    ]
    table = invoke("list", "--trace-dir", str(trace_dir), "--task", "other").stdout
    assert two_runs[1][:12] in table and two_runs[0][:12] not in table


def test_show_by_prefix_prints_turns_and_observations(trace_dir: Path, two_runs) -> None:
    result = invoke("show", two_runs[1][:8], "--trace-dir", str(trace_dir))
    assert result.exit_code == 0, result.output
    assert "task: other" in result.stdout
    assert "turns: 1" in result.stdout
    assert "[turn 1] chat smollm2-135m: 1 prompt + 1 completion tokens, finish stop" in result.stdout
    assert "execute_tool bash" in result.stdout
    assert "100 more characters" in result.stdout  # long tool output shortened
    assert "y" * 700 in invoke("show", two_runs[1], "--trace-dir", str(trace_dir), "--full").stdout


def test_export_jsonl_and_parquet_round_trip_exactly(trace_dir: Path, two_runs, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    expected = [trajectory_record(t) for t in read_trajectories(trace_dir)]
    jsonl = invoke("export", "--trace-dir", str(trace_dir))
    assert jsonl.exit_code == 0, jsonl.output
    assert [json.loads(line) for line in jsonl.stdout.splitlines()] == expected

    out = tmp_path / "runs.parquet"
    result = invoke("export", "--trace-dir", str(trace_dir), "--format", "parquet", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert pq.read_table(out).to_pylist() == expected

    only = invoke("export", "--trace-dir", str(trace_dir), "--trace", two_runs[1][:10])
    assert [json.loads(line)["trace_id"] for line in only.stdout.splitlines()] == [two_runs[1]]


def test_reward_is_merged_into_the_trajectory(trace_dir: Path, two_runs) -> None:
    result = invoke("reward", two_runs[1][:6], "--trace-dir", str(trace_dir), "--", "-0.5")
    assert result.exit_code == 0, result.output
    rewards = {t.trace_id: t.reward for t in read_trajectories(trace_dir)}
    assert rewards == {two_runs[0]: 1.0, two_runs[1]: -0.5}


def test_show_reads_the_turn_count_of_traces_written_as_steps(trace_dir: Path) -> None:
    from loopwright.agent.tracing import current_trace_id, end_of_run, invoke_agent_span

    with invoke_agent_span("coder", "old-run") as root:
        root.set_attribute("loopwright.steps", 3)  # the attribute's name before it said turns
        trace_id = current_trace_id()
    end_of_run()
    result = invoke("show", trace_id, "--trace-dir", str(trace_dir))
    assert result.exit_code == 0, result.output
    assert "turns: 3" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "zzzz"], "no trace matching 'zzzz'"),
        (["show", ""], "matches 2 traces"),
        (["export", "--format", "csv"], "unknown format 'csv'"),
        (["export", "--format", "parquet"], "give a file with --out"),
        (["reward", "zzzz", "1"], "no trace matching"),
    ],
)
def test_bad_input_gets_a_one_line_error(trace_dir: Path, two_runs, args, message) -> None:
    before = sorted(p.read_bytes() for p in trace_dir.glob("*.jsonl"))
    result = invoke(*args, "--trace-dir", str(trace_dir))
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and message in result.stderr
    assert "Traceback" not in result.output
    assert sorted(p.read_bytes() for p in trace_dir.glob("*.jsonl")) == before


def test_missing_trace_dir_is_a_clear_error(tmp_path: Path) -> None:
    result = invoke("list", "--trace-dir", str(tmp_path / "none"))
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: no trace file or directory at {tmp_path / 'none'}"


def test_corrupt_lines_are_reported_not_fatal(trace_dir: Path, two_runs) -> None:
    with open(next(trace_dir.glob("*.jsonl")), "a") as f:
        f.write('{"type":"span","tr')
    result = invoke("list", "--trace-dir", str(trace_dir), "--json")
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 2
    assert "warning:" in result.stderr and "torn last line" in result.stderr

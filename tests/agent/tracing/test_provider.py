"""Tracing setup: idempotent, exporters swapped in place, bad configs refused, console export."""

from pathlib import Path

import pytest
from opentelemetry import trace

from loopwright.agent.tracing import TracingConfig, setup_tracing, shutdown_tracing
from tests.fixtures.tracing import spans_of, traced_run


def test_setup_is_idempotent_and_swaps_exporters(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    setup_tracing(TracingConfig(trace_dir=first))
    provider = trace.get_tracer_provider()
    setup_tracing(TracingConfig(trace_dir=first))  # same config: nothing added
    traced_run([([1], [2], None)])
    assert len(spans_of(first)) == 2  # one chat + one root, not duplicated

    setup_tracing(TracingConfig(trace_dir=second))
    traced_run([([1], [2], None)])
    shutdown_tracing()
    assert len(spans_of(first)) == 2 and len(spans_of(second)) == 2
    assert trace.get_tracer_provider() is provider


def test_bad_config_is_refused_and_keeps_the_current_one(trace_dir: Path, tmp_path: Path) -> None:
    a_file = tmp_path / "not-a-dir"
    a_file.write_text("x")
    with pytest.raises(ValueError, match="not a directory"):
        setup_tracing(TracingConfig(trace_dir=a_file))
    with pytest.raises(ValueError, match="http"):
        setup_tracing(TracingConfig(trace_dir=None, otlp_endpoint="localhost:4318"))
    traced_run([([1], [2], None)])
    assert len(spans_of(trace_dir)) == 2


def test_console_exporter_prints_spans_to_stderr(tmp_path: Path, capsys) -> None:
    setup_tracing(TracingConfig(trace_dir=None, console=True))
    traced_run([([1], [2], None)])
    shutdown_tracing()
    captured = capsys.readouterr()
    assert '"name": "chat smollm2-135m"' in captured.err
    assert captured.out == ""

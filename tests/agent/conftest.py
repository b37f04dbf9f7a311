"""Fixtures of the agent tests."""

from pathlib import Path

import pytest
from loopwright.agent.tracing import TracingConfig, setup_tracing, shutdown_tracing

from tests.agent.engine import shared_engine


@pytest.fixture(scope="session")
def embedded_engine(embedded_model):
    """Our paged engine on the embedded SmolLM2-135M."""
    return shared_engine(embedded_model)


@pytest.fixture
def trace_dir(tmp_path: Path) -> Path:
    """Tracing set up into a fresh directory for one test, shut down (flushed) after it."""
    directory = tmp_path / "traces"
    setup_tracing(TracingConfig(trace_dir=directory))
    yield directory
    shutdown_tracing()

"""Fixtures of the agent tests."""

import pytest

from tests.agent.engine import shared_engine


@pytest.fixture(scope="session")
def embedded_engine(embedded_model):
    """Our paged engine on the embedded SmolLM2-135M."""
    return shared_engine(embedded_model)

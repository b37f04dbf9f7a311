"""One engine over the session's embedded model, shared by the agent and chat-model tests."""

import functools

import pytest


@functools.cache
def _engine_for(local_id: int, local):
    from loopwright.models import make_engine

    return make_engine(local, kind="ours")


@pytest.fixture(scope="session")
def embedded_engine(embedded_model):
    """Our paged engine on the embedded SmolLM2-135M (built once per process)."""
    return _engine_for(id(embedded_model), embedded_model)

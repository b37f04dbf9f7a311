"""One engine over the session's embedded model, shared by the agent and chat-model tests."""

import pytest

_engines: dict[int, object] = {}


@pytest.fixture(scope="session")
def embedded_engine(embedded_model):
    """Our paged engine on the embedded SmolLM2-135M (built once per process, even when
    several test modules import this fixture)."""
    from loopwright.models import make_engine

    key = id(embedded_model)
    if key not in _engines:
        _engines[key] = make_engine(embedded_model, kind="ours")
    return _engines[key]

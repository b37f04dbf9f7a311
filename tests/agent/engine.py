"""One engine over the session's embedded model, shared by the agent and chat-model tests."""

_engines: dict[int, object] = {}


def shared_engine(local):
    """Our paged engine on `local`, built once per process however many modules ask."""
    from loopwright.models import make_engine

    if id(local) not in _engines:
        _engines[id(local)] = make_engine(local, kind="ours")
    return _engines[id(local)]

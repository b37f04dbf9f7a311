"""One real uvicorn server over the session's embedded engine, on a free port, for every test
here; tests talk to it with the real `openai` client."""

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest


@dataclass
class LiveServer:
    url: str
    """Base URL of the OpenAI API, e.g. http://127.0.0.1:PORT/v1."""
    served: object
    """The ServedModel behind it (its engine, counters and tracer)."""

    def client(self, **kwargs):
        from openai import OpenAI

        return OpenAI(base_url=self.url, api_key="unused", max_retries=0, timeout=120, **kwargs)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def live_server(embedded_model, embedded_engine) -> Iterator[LiveServer]:
    import uvicorn

    from loopwright.server import ServedModel, context_len, create_app

    served = ServedModel(embedded_engine, embedded_model, embedded_model.name,
                         context_len(embedded_engine, embedded_model))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(served), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True, name="test-server")
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.02)
    yield LiveServer(f"http://127.0.0.1:{port}/v1", served)
    server.should_exit = True
    thread.join(timeout=30)
